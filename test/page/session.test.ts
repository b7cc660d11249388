import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { PageSession } from '../../lib/page/session';

// No extension storage outside the browser; the session itself never reads it.
vi.mock('@wxt-dev/storage', () => ({
  storage: {
    defineItem: <T,>(_key: string, options: { fallback: T }) => ({
      getValue: () => Promise.resolve(options.fallback),
      setValue: () => Promise.resolve(),
      removeValue: () => Promise.resolve(),
      watch: () => () => {},
    }),
  },
}));

const SEED = join(__dirname, '../fixtures/seed/article.html');

function seed(): Document {
  const doc = new JSDOM(readFileSync(SEED, 'utf8'), { url: 'http://127.0.0.1/article.html' }).window.document;
  // jsdom has no layout: scrolling is a no-op here.
  doc.defaultView!.HTMLElement.prototype.scrollIntoView = () => {};
  return doc;
}

describe('PageSession on a page that changed under it (single-page app navigation)', () => {
  it('reports the change instead of re-running unasked, and re-reads the page when asked', () => {
    const doc = seed();
    const session = new PageSession(doc);
    const first = session.run();
    if (first.kind !== 'article') throw new Error(`expected an article, got ${first.kind}`);
    expect(first.stale).toBe(false);
    expect(session.placed.length).toBeGreaterThan(0);

    session.markStale();
    expect(session.isStale).toBe(true);
    expect(session.showing).toBe(false);
    // Nothing is placed on the page any more: no stepping, jumping or hovering onto stale ranges.
    expect(session.placed).toEqual([]);
    expect(session.step(1)).toBeNull();
    const mention = first.analysis.glossary[0]!.mentions[0]!;
    expect(session.jumpTo(mention.start, mention.end)).toBe(false);

    // Opening the popup again: the old result, marked stale, so the popup offers to re-analyse.
    const again = session.run();
    expect(again.kind === 'article' && again.stale).toBe(true);
    expect(session.setHighlights(true)).toBe(true);
    expect(session.showing).toBe(false);

    // "Analyse again": a fresh run on the page as it is now.
    const fresh = session.run({ fresh: true });
    expect(fresh.kind === 'article' && fresh.stale).toBe(false);
    expect(session.isStale).toBe(false);
    expect(session.placed.length).toBeGreaterThan(0);
    expect(session.step(1)).not.toBeNull();
  });

  it('forgets a failure once the page changes: the next run reads the new page', () => {
    const dom = new JSDOM('<!doctype html><title>Home</title><body><main id="app"><p>Welcome.</p></main>', {
      url: 'http://127.0.0.1/',
    });
    const doc = dom.window.document;
    const session = new PageSession(doc);
    expect(session.run().kind).toBe('not-article');
    // The app puts an article in place of its home page, without a page load.
    const article = new JSDOM(readFileSync(SEED, 'utf8')).window.document;
    doc.body.replaceWith(doc.importNode(article.body, true));
    expect(session.run().kind).toBe('not-article'); // unchanged URL: the cached answer
    session.markStale();
    expect(session.run().kind).toBe('article');
  });
});
