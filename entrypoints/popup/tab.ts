import { browser } from 'wxt/browser';
import { message, PROTOCOL_VERSION, type Reply, type Requests, type RequestType } from '@/lib/messaging';
import { isRestrictedUrl } from '@/lib/restricted';

export class RestrictedPageError extends Error {}

/** The tab the popup works on; its URL may come later than its id (see targetTab). */
export interface TargetTab {
  id: number;
  url: Promise<string | undefined>;
}

/**
 * The tab the popup works on: the active tab of the current window, or, when the popup is opened
 * as a page with `?tab=ID` (tests, "open in a tab"), that tab. Its URL is only needed before
 * injecting (restricted pages), so with `?tab=ID` it is looked up while the tab is already asked.
 */
export async function targetTab(): Promise<TargetTab> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return { id: Number(param), url: browser.tabs.get(Number(param)).then((tab) => tab.url) };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) throw new Error('No tab to analyse.');
  return { id: tab.id, url: Promise.resolve(tab.url) };
}

/** Sends one typed request to the content script in a tab and unwraps the reply. */
export async function send<K extends RequestType>(
  tabId: number,
  type: K,
  request: Requests[K]['request'],
): Promise<Requests[K]['response']> {
  const reply = (await browser.tabs.sendMessage(tabId, message(type, request))) as Reply<Requests[K]['response']> | undefined;
  if (!reply) throw new Error('The page did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/**
 * The page state of the tab, from our content script, injecting the script first when it is not
 * there (activeTab allows that after the click). The ping (is the script there, and of our
 * protocol?) and the request go out together: when the script is there, as on every opening after
 * the first, the answer takes one round trip to the tab instead of two. `onInject` tells the
 * caller that the slow path (inject, then extract and analyse) has begun.
 */
export async function requestFromTab<K extends RequestType>(
  tab: TargetTab,
  type: K,
  request: Requests[K]['request'],
  onInject: () => void = () => {},
): Promise<Requests[K]['response']> {
  const early = send(tab.id, type, request);
  early.catch(() => {}); // not injected yet: handled below, through the ping
  const pong = await send(tab.id, 'ping', {}).catch(() => null);
  if (pong?.version === PROTOCOL_VERSION) return early;
  // No script of ours answers: a page Chrome protects never has one, so this is where to tell.
  const url = await tab.url;
  if (url !== undefined && isRestrictedUrl(url)) throw new RestrictedPageError();
  onInject();
  await inject(tab.id);
  return send(tab.id, type, request);
}

async function inject(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  } catch (error) {
    // Chrome refuses pages it protects (the store, other extensions) with an error like this one.
    console.warn('Sidelight: injection refused:', String(error));
    if (/cannot be scripted|cannot access|extensions gallery|chrome:\/\//i.test(String(error))) {
      throw new RestrictedPageError();
    }
    throw error;
  }
}
