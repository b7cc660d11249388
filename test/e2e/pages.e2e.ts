import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPopup, SHARED_PAGES } from '../../scripts/browser';
import { useBrowser } from './setup';

/**
 * Every real page of the shared corpus, through the whole click flow in Chromium: the popup ends
 * in a result or a clear message, never an error, and nothing throws in the page.
 */
const session = useBrowser();

const pages = readdirSync(SHARED_PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const readerable = (slug: string): boolean | undefined => {
  try {
    return JSON.parse(readFileSync(join(SHARED_PAGES, slug, 'expected-metadata.json'), 'utf8')).readerable;
  } catch {
    return undefined;
  }
};

/** News articles in other languages: analysed, with a note that Sidelight reads English only. */
const NOT_ENGLISH = new Set(['lemonde-1', 'heise', 'folha', 'aktualne', 'yahoo-4']);

describe('every shared page', () => {
  it.each(pages)('%s: a result or a clear message, no uncaught exception', async (slug) => {
    const page = await session.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && /sidelight/i.test(m.text())) errors.push(m.text());
    });
    await page.goto(`${session.base}/pages/${slug}/`, { waitUntil: 'domcontentloaded' });
    const popup = await openPopup(session.browser, page);
    popup.on('pageerror', (e) => errors.push(`popup: ${e.message}`));
    const outcome = popup
      .getByRole('heading', { name: /people/i })
      .or(popup.getByText("This page doesn't look like an article"))
      .or(popup.getByText(/No attributed claims|could not analyse/i));
    await outcome.first().waitFor({ timeout: 30_000 });
    const text = await popup.locator('body').innerText();
    expect(text).not.toMatch(/could not analyse/i);
    if (readerable(slug) === false) expect(text).toMatch(/doesn't look like an article|People/);
    if (NOT_ENGLISH.has(slug)) expect(text).toMatch(/reads English only/);
    // Errors thrown by the page's own scripts are not ours; ours carry our name.
    expect(errors.filter((e) => /sidelight|popup:/i.test(e))).toEqual([]);
    await popup.close();
    await page.close();
  });
});
