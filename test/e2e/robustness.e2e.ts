import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { highlightedTexts, openPopup } from '../../scripts/browser';
import { hover, RESULTS, useBrowser } from './setup';

const session = useBrowser();

async function analyse(page: Page): Promise<Page> {
  const popup = await openPopup(session.browser, page);
  await popup.getByRole('heading', { name: RESULTS }).first().waitFor();
  return popup;
}

/** The page as its own scripts see it: DOM, adopted style sheets, our highlights. */
const snapshot = (page: Page) =>
  page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    sheets: document.adoptedStyleSheets.length,
    highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('sidelight')).length,
  }));

describe('Sidelight never breaks the page', () => {
  it('leaves the DOM untouched while on, and exactly as it was when turned off', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.base}/seed/article.html`);
    const before = await snapshot(page);
    const popup = await analyse(page);
    const during = await snapshot(page);
    expect(during.html).toBe(before.html);
    expect(during.highlights).toBeGreaterThan(0);

    // Hovering mounts the card in a shadow root: the only node Sidelight adds.
    await hover(page, 'driven Ukrainian troops');
    await page.locator('sidelight-card').waitFor({ state: 'attached' });

    await popup.bringToFront();
    await popup.getByRole('switch', { name: /highlights/i }).click();
    await expect.poll(() => snapshot(page)).toEqual(before);
    await popup.close();
    await page.close();
  });

  it('makes no network request while analysing', async () => {
    session.browser.outsideRequests.length = 0;
    const page = await session.browser.context.newPage();
    await page.goto(`${session.base}/seed/article.html`);
    const popup = await analyse(page);
    await page.waitForTimeout(300);
    expect(session.browser.outsideRequests).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('copes with 10,000 nested elements', async () => {
    const page = await session.browser.context.newPage();
    // As served HTML: Chromium's parser caps the depth of what it builds, as it does for real pages.
    await page.goto(`${session.base}/generated/nested.html`);
    const popup = await openPopup(session.browser, page);
    const outcome = popup
      .getByRole('heading', { name: RESULTS })
      .or(popup.getByText(/doesn't look like an article|could not read this page/i));
    await outcome.first().waitFor();
    expect(await popup.locator('body').innerText()).not.toMatch(/could not analyse/i);
    await popup.close();
    await page.close();
  });
});

describe('pages that change under us', () => {
  it('drops highlights when a single-page app navigates, and offers to re-analyse', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.base}/fixtures/spa.html`);
    let popup = await analyse(page);
    await popup.close();
    expect(Object.keys(await highlightedTexts(page)).length).toBeGreaterThan(0);
    await page.click('#next');
    await expect.poll(async () => Object.keys(await highlightedTexts(page)).length, { timeout: 5000 }).toBe(0);
    // The popup says the page changed instead of re-running unasked, and offers to analyse it again.
    popup = await openPopup(session.browser, page);
    const changed = popup.getByText(/page has changed since Sidelight read it/i);
    await changed.waitFor();
    expect(Object.keys(await highlightedTexts(page))).toEqual([]);
    await popup.getByRole('button', { name: /analyse again/i }).click();
    // The new story is read and highlighted; the note is gone.
    await popup.getByRole('heading', { level: 1, name: /grain corridor reopens/i }).waitFor();
    await popup.getByRole('heading', { name: RESULTS }).first().waitFor();
    expect(await changed.count()).toBe(0);
    const texts = Object.values(await highlightedTexts(page)).flat();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join(' ')).not.toMatch(/Geneva|Zakharova|Zelensky|Crisis Group|ready to continue/);
    await popup.close();
    await page.close();
  });

  it('counts claims whose text was removed instead of failing', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.base}/seed/article.html`);
    const popup = await analyse(page);
    await popup.close();
    await page.evaluate(() => {
      for (const p of document.querySelectorAll('article p')) {
        if (p.textContent?.includes('Zakharova said the talks')) p.remove();
      }
    });
    const again = await analyse(page);
    await again.getByText(/could not be placed/).waitFor();
    await again.close();
    await page.close();
  });
});
