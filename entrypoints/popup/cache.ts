import { browser } from 'wxt/browser';
import type { PageState } from '@/lib/messaging';
import type { TargetTab } from './tab';

/**
 * The last results the popup showed for a few tabs, in the browser's session storage: memory only
 * (never written to disk, never synced, gone when the browser closes). Opening the popup again on
 * the same page paints them at once, while the tab is asked; the tab's answer then replaces them.
 */
const KEY = 'popup-views';
/** Tabs remembered: the popup is reopened on the tab the reader is on, seldom on many. */
const KEEP = 5;

interface Entry {
  tabId: number;
  url: string | undefined;
  page: PageState;
}

async function entries(): Promise<Entry[]> {
  const stored = await browser.storage.session.get(KEY);
  const list: unknown = stored[KEY];
  return Array.isArray(list) ? (list as Entry[]) : [];
}

/** The results last shown for the tab at its current URL, if any (read while the tab is looked up). */
export async function cachedView(target: Promise<TargetTab>): Promise<PageState | undefined> {
  const [list, tab] = await Promise.all([entries(), target]);
  const url = await tab.url;
  return list.find((e) => e.tabId === tab.id && e.url === url)?.page;
}

/** Remembers the results shown for this tab (articles only: other states are quick to ask for). */
export async function rememberView(tabId: number, url: string | undefined, page: PageState): Promise<void> {
  const rest = (await entries()).filter((e) => e.tabId !== tabId);
  const list = page.kind === 'article' ? [{ tabId, url, page }, ...rest].slice(0, KEEP) : rest;
  await browser.storage.session.set({ [KEY]: list });
}
