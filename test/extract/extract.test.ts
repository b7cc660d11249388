import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract';

const PAGES = join(__dirname, '../../../shared/fixtures/pages');
const SEED = join(__dirname, '../fixtures/seed/article.html');

function load(html: string): Document {
  return new JSDOM(html, { url: 'http://127.0.0.1/article.html' }).window.document;
}

/** Every mapped piece of article text is, character for character, the live node's text. */
function expectExactMap(doc: Document, force = false) {
  const before = doc.documentElement.outerHTML;
  const result = extractArticle(doc, { force });
  expect(doc.documentElement.outerHTML).toBe(before); // the live page is never rewritten
  if (!result.ok) return result;
  const { text, map } = result.article;
  const covered = new Uint8Array(text.length);
  for (const p of map.pieces) {
    expect(p.node.isConnected).toBe(true);
    const live = p.node.data.slice(p.nodeStart, p.nodeStart + p.length).replace(/[ \t\n\r\f]/g, ' ');
    expect(live).toBe(text.slice(p.textStart, p.textStart + p.length));
    covered.fill(1, p.textStart, p.textStart + p.length);
  }
  // Besides the paragraph breaks we add, almost every character is mapped (a few nodes that
  // Readability re-creates with other text cannot be; they are simply not highlightable).
  let unmapped = 0;
  for (let i = 0; i < text.length; i++) if (!covered[i] && text[i] !== '\n') unmapped++;
  expect(unmapped / Math.max(1, text.length)).toBeLessThan(0.02);
  return result;
}

describe('extractArticle', () => {
  it('extracts the seed article without the page around it', () => {
    const result = expectExactMap(load(readFileSync(SEED, 'utf8')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { text, title } = result.article;
    expect(title).toContain('Fighting Intensifies in Ukraine');
    expect(text).toContain('On Tuesday, the Russian Defense Ministry announced that its forces');
    expect(text).toContain('Zakharova said the talks would focus on removing any obstacles');
    // the sidebar and the comment section are not the article
    expect(text).not.toContain('Pentagon announces new aid package');
    expect(text).not.toContain('The ministry said the same thing last year');
    // paragraphs are separated by a blank line; white space is collapsed
    expect(text).toMatch(/on the ground\.\n\nOn Tuesday/);
    expect(text).not.toMatch(/ {2}|^\s|\s$/);
  });

  it('maps any span of the article text to a live Range with exactly that text', () => {
    const doc = load(readFileSync(SEED, 'utf8'));
    const result = extractArticle(doc);
    if (!result.ok) throw new Error(result.message);
    const { text, map } = result.article;
    const needle = 'the Russian Defense Ministry announced that its forces';
    const start = text.indexOf(needle);
    const range = map.toRange(start, start + needle.length)!;
    expect(range.toString()).toBe(needle);
    const back = map.offsetOf(range.startContainer, range.startOffset);
    expect(back).toBe(start);
  });

  it('says a page without an article is not an article, and extracts it when forced', () => {
    const doc = load('<html><body><nav><a href="/">Home</a></nav><p>Short note.</p></body></html>');
    const result = extractArticle(doc);
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
    const forced = extractArticle(doc, { force: true });
    if (forced.ok) expect(forced.article.text).toContain('Short note.');
    else expect(forced.reason).toBe('empty');
  });

  it('handles an empty document', () => {
    expect(extractArticle(load('')).ok).toBe(false);
    expect(extractArticle(load(''), { force: true }).ok).toBe(false);
  });

  const pages = readdirSync(PAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  it.each(pages)('maps %s exactly to its live text nodes', (page) => {
    const html = readFileSync(join(PAGES, page, 'source.html'), 'utf8');
    expectExactMap(load(html), true);
  }, 30_000); // jsdom on the largest pages (wikipedia) takes seconds on a busy 2-core machine
});
