import { describe, expect, it } from 'vitest';
import { highlightedTexts, openPopup } from '../../scripts/browser';
import { hover, openAnalysed, useBrowser } from './setup';

/** The reading experience on the seed page: hover cards, keyboard, glossary jumps, moving sides. */
const session = useBrowser();

const seed = () => openAnalysed(session, '/seed/article.html');

describe('reading the seed article with Sidelight', () => {
  it('shows a card with the source and side when a claim is hovered', async () => {
    const { page, popup } = await seed();
    const card = await hover(page, 'driven Ukrainian troops');
    const text = await card.innerText();
    expect(text).toContain('Russian Defense Ministry');
    expect(text).toContain('Russia');
    expect(text).toMatch(/announced/);
    // Escape closes it.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await popup.close();
    await page.close();
  });

  it('resolves a pronoun in the card ("he" → Vasily Nebenzya)', async () => {
    const { page, popup } = await seed();
    const card = await hover(page, 'We are open to a meaningful');
    expect(await card.innerText()).toContain('Vasily Nebenzya');
    await popup.close();
    await page.close();
  });

  it('moves to the next claim with the keyboard command, focuses it and opens its card', async () => {
    const { page, popup } = await seed();
    await popup.close();
    await page.bringToFront();
    await session.browser.worker.evaluate(() => (globalThis as unknown as { sidelightCommand(c: string): Promise<void> }).sidelightCommand('next-claim'));
    const card = page.getByRole('dialog', { name: /claim by/i });
    await card.waitFor();
    const focused = await highlightedTexts(page);
    const current = Object.entries(focused).find(([name]) => name.includes('focus-current'));
    expect(current?.[1]).toHaveLength(1);
    expect(await card.innerText()).toContain(current![1][0]!.slice(0, 20));
    // The card has the keyboard focus, so Tab reaches its controls.
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('sidelight-card');
    await page.close();
  });

  it('scrolls to a glossary entry’s mention and flashes it', async () => {
    const { page, popup } = await seed();
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.getByRole('button', { name: /Sonata Coulter/ }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    const flash = Object.entries(await highlightedTexts(page)).find(([name]) => name.includes('focus-flash'));
    expect(flash?.[1]).toEqual(['Sonata Coulter']);
    await popup.close();
    await page.close();
  });

  it('adopts no style sheet on a page with no claims until a glossary jump needs its flash', async () => {
    // nytimes-5: an English article of 421 words that attributes nothing.
    const { page, popup } = await openAnalysed(session, '/pages/nytimes-5/');
    await expect.poll(() => popup.getByText(/no claims/i).count()).toBeGreaterThan(0);
    const sheets = () => page.evaluate(() => document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')));
    expect(await sheets()).toEqual([]);
    await popup.locator('.sl-glossary-row:not([disabled])').first().click();
    await expect.poll(async () => Object.keys(await highlightedTexts(page)).some((n) => n.includes('focus-flash'))).toBe(true);
    const after = await sheets();
    expect(after).toHaveLength(1);
    expect(after[0]).toContain('sidelight-focus-flash');
    await popup.close();
    await page.close();
  });

  it('moves a source to another side, re-colours at once, and remembers it after a reload', async () => {
    const { page, popup } = await seed();
    await popup.close();
    const card = await hover(page, 'driven Ukrainian troops');
    await card.getByLabel('Move to side…').selectOption('ukraine');
    const sideOf = async (needle: string) =>
      Object.entries(await highlightedTexts(page)).find(
        ([name, texts]) => name.startsWith('sidelight-content-') && texts.some((t) => t.includes(needle)),
      )?.[0];
    await expect.poll(() => sideOf('driven Ukrainian troops')).toBe('sidelight-content-ukraine');
    await page.reload();
    const again = await openPopup(session.browser, page);
    await again.getByRole('heading', { name: /people/i }).waitFor();
    expect(await sideOf('driven Ukrainian troops')).toBe('sidelight-content-ukraine');
    // Put it back for the other tests.
    const card2 = await hover(page, 'driven Ukrainian troops');
    await card2.getByLabel('Move to side…').selectOption('russia');
    await expect.poll(() => sideOf('driven Ukrainian troops')).toBe('sidelight-content-russia');
    await again.close();
    await page.close();
  });
});
