import { render } from 'preact';
import { App } from './App';
import { popupCss } from '@/components/Popup';

const style = document.createElement('style');
style.textContent = popupCss;
document.head.append(style);
render(<App />, document.getElementById('app')!);
