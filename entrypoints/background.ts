import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { errorText, message, type Reply } from '@/lib/messaging';
import { isRestrictedUrl } from '@/lib/restricted';

/**
 * Keyboard commands (next / previous claim). A command is a user gesture, so activeTab lets us
 * inject the content script when the reader has not opened the popup on this page yet.
 */
export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  // The e2e build lets a test run the same handler: Playwright cannot press browser-level shortcuts.
  if (import.meta.env.SIDELIGHT_E2E) Object.assign(globalThis, { sidelightCommand: onCommand });
});

async function onCommand(command: string, tab?: { id?: number; url?: string }): Promise<void> {
  if (command !== 'next-claim' && command !== 'previous-claim') return;
  const target = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  await step(target?.id, target?.url, command === 'next-claim' ? 1 : -1);
}

async function step(tabId: number | undefined, url: string | undefined, direction: 1 | -1): Promise<void> {
  if (tabId === undefined || (url !== undefined && isRestrictedUrl(url))) return;
  const ask = () => browser.tabs.sendMessage(tabId, message('step-claim', { direction })) as Promise<Reply<string | null>>;
  try {
    await ask();
  } catch {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      await ask();
    } catch (error) {
      console.warn('Sidelight: could not step to a claim:', errorText(error));
    }
  }
}
