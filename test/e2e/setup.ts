import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, openPopup, startServer, type Browser } from '../../scripts/browser';

export { hover } from '../../scripts/browser';

/** What the popup shows once a result is there (a glossary heading, or the empty state). */
export const RESULTS = /people|no attributed claims/i;

export interface Session {
  /** The fixture server's origin (http://127.0.0.1:PORT). */
  base: string;
  browser: Browser;
}

/** One fixture server and one Chromium with the extension for the test file; closed after it. */
export function useBrowser(): Session {
  const session = {} as Session;
  let server: Server | undefined;
  beforeAll(async () => {
    const started = await startServer();
    server = started.server;
    session.base = started.url;
    session.browser = await launch();
  });
  afterAll(async () => {
    await session.browser?.close();
    server?.close();
  });
  return session;
}

/** Opens `path` in a new tab, and the popup for it, and waits for the popup's result. */
export async function openAnalysed(session: Session, path: string): Promise<{ page: Page; popup: Page }> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.base}${path}`);
  const popup = await openPopup(session.browser, page);
  await popup.getByRole('heading', { name: RESULTS }).first().waitFor();
  return { page, popup };
}
