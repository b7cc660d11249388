import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../lib/nlp/sentences';

describe('sentences', () => {
  it('end at a stop before a capital, not after an abbreviation or an initial', () => {
    const text = 'Mr. Smith met Gen. Jones in the U.S. capital. They talked. J. Doe said no.\nA new line';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Mr. Smith met Gen. Jones in the U.S. capital.',
      'They talked.',
      'J. Doe said no.',
      'A new line',
    ]);
  });

  it('cut text with no sentence end into bounded pieces, after a comma where there is one', () => {
    const text = 'the minister said that the plan works, '.repeat(1000).trim();
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(text.length / MAX_SENTENCE);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(p.text).toBe(text.slice(p.start, p.end));
    }
    for (const p of pieces.slice(0, -1)) expect(p.text.endsWith(',')).toBe(true);
    // Nothing is lost: the pieces hold every word, in order.
    expect(pieces.map((p) => p.text).join(' ')).toBe(text);
  });

  it('cut a run with no space at all at the limit, never inside a surrogate pair', () => {
    const text = `x${'😀'.repeat(MAX_SENTENCE)}`;
    const pieces = splitSentences(text);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(p.text.isWellFormed()).toBe(true);
    }
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});
