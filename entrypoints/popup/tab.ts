import { browser } from 'wxt/browser';
import { message, PROTOCOL_VERSION, type Reply, type Requests, type RequestType } from '@/lib/messaging';
import { isRestrictedUrl } from '@/lib/restricted';

export class RestrictedPageError extends Error {}

/**
 * The tab the popup works on: the active tab of the current window, or, when the popup is opened
 * as a page with `?tab=ID` (tests, "open in a tab"), that tab.
 */
export async function targetTab(): Promise<{ id: number; url?: string }> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) throw new Error('No tab to analyse.');
  return { id: tab.id, url: tab.url };
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
 * Makes sure our content script runs in the tab: a ping answers when it is there (a second click
 * re-uses the first run); otherwise it is injected, which activeTab allows after the click.
 */
export async function ensureInjected(tab: { id: number; url?: string }): Promise<void> {
  if (tab.url !== undefined && isRestrictedUrl(tab.url)) throw new RestrictedPageError();
  try {
    const pong = await send(tab.id, 'ping', {});
    if (pong.version === PROTOCOL_VERSION) return;
  } catch {
    // not injected yet
  }
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
  } catch (error) {
    // Chrome refuses pages it protects (the store, other extensions) with an error like this one.
    console.warn('Sidelight: injection refused:', String(error));
    if (/cannot be scripted|cannot access|extensions gallery|chrome:\/\//i.test(String(error))) {
      throw new RestrictedPageError();
    }
    throw error;
  }
}
