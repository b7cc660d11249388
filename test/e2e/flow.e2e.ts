import { describe, expect, it } from 'vitest';
import { highlightedTexts, openPopup } from '../../scripts/browser';
import { openAnalysed, useBrowser } from './setup';

const session = useBrowser();

const analysedSeed = () => openAnalysed(session, '/seed/article.html');

describe('the click flow on the seed article', () => {
  it('highlights the article’s claims, and only those, in the live page', async () => {
    const { page, popup } = await analysedSeed();
    const highlights = await highlightedTexts(page);
    const content = Object.entries(highlights)
      .filter(([name]) => name.startsWith('sidelight-content-'))
      .flatMap(([, texts]) => texts);
    expect(content.length).toBeGreaterThan(0);
    expect(content.some((t) => t.includes('We continue to carry out active operations'))).toBe(true);
    // The comment section and the sidebar look like claims but are not the article.
    expect(content.join(' ')).not.toMatch(/same thing last year|talks in Riyadh|new aid package/);
    // Highlights change nothing in the page's DOM.
    expect(await page.locator('mark, [class*=sidelight]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('lists the people and places of the article in the popup', async () => {
    const { page, popup } = await analysedSeed();
    const text = await popup.locator('body').innerText();
    for (const name of ['Volodymyr Zelensky', 'Maria Zakharova', 'Kursk']) expect(text).toContain(name);
    expect(text).not.toMatch(/This page doesn't look like an article/);
    // With the roles the article gives them; the page's own byline ("by Kyle Anzalone") names the author.
    const row = (name: string) => popup.locator('.sl-glossary-row', { hasText: name }).first().innerText();
    expect(await row('Vasily Nebenzya')).toContain('Russia’s Ambassador to the UN');
    expect(await row('Kyle Anzalone')).toContain('author');
    await popup.close();
    await page.close();
  });

  it('re-uses the first run on a second click instead of stacking highlights', async () => {
    const { page, popup } = await analysedSeed();
    const first = await highlightedTexts(page);
    await popup.close();
    const again = await openPopup(session.browser, page);
    await again.getByRole('heading', { name: /people/i }).waitFor();
    expect(await highlightedTexts(page)).toEqual(first);
    await again.close();
    await page.close();
  });

  it('turns highlights off and on from the popup', async () => {
    const { page, popup } = await analysedSeed();
    const count = async () => Object.keys(await highlightedTexts(page)).length;
    expect(await count()).toBeGreaterThan(0);
    await popup.getByRole('switch', { name: /highlights/i }).click();
    await expect.poll(count).toBe(0);
    await popup.getByRole('switch', { name: /highlights/i }).click();
    await expect.poll(count).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

describe('pages Sidelight cannot or should not analyse', () => {
  it('says a page is not an article, and analyses it on request', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.base}/fixtures/not-article.html`);
    const popup = await openPopup(session.browser, page);
    await popup.getByText("This page doesn't look like an article").waitFor();
    await popup.getByRole('button', { name: /analyse anyway/i }).click();
    await popup.getByText(/doesn't look like an article/).waitFor({ state: 'detached' });
    await popup.close();
    await page.close();
  });

  it('explains that browser pages are off limits', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await openPopup(session.browser, page);
    await popup.getByText(/can't run on this page/i).waitFor();
    await popup.close();
    await page.close();
  });
});
