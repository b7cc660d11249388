import { render } from 'preact';
import { App } from './App';
import { cachedView } from './cache';
import { targetTab } from './tab';
import { popupCss } from '@/components/Popup';

const style = document.createElement('style');
style.textContent = popupCss;
document.head.append(style);

// The tab is looked up and the last results for it are read at once, before the first render: when
// the reader reopens the popup on the same page, its first paint is already the results. A slow
// read never holds the popup back for more than a couple of frames.
const tab = targetTab();
const cached = cachedView(tab).catch(() => undefined);
const shortly = new Promise<undefined>((resolve) => setTimeout(resolve, 40));
void Promise.race([cached, shortly]).then((initial) => {
  render(<App tab={tab} initial={initial} />, document.getElementById('app')!);
});
