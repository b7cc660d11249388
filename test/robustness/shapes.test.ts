import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { MAX_SENTENCE } from '../../lib/nlp/sentences';

/**
 * Text shapes that once made one rule's window as long as the text, so the analysis grew with
 * the square of its length (found by timing each shape at 1,000 and 8,000 repetitions). At these
 * sizes each took 40 to 80 seconds; the limits below are time limits, not speed tests (linear
 * cost is measured by npm run bench).
 */
const shapes: [name: string, unit: string, times: number][] = [
  // One "sentence" of 64,000 words: each cue's content ran to its end.
  ['cues with no sentence end', 'the minister said that the plan works, ', 8000],
  ['signed quotations with no sentence end', '“Stop it” ― Carla Sanchez ', 8000],
  // A first paragraph of 16,000 capitalised "Says": each was tried as a headline's cue.
  ['a first paragraph of capitalised cues', 'Ellis Says the plan works for everyone here. ', 16_000],
  // 48,000 "said of": each searched the tokens from the text's start for a comma after "of"
  // (27 s at 32,000 before the fix, about a minute here).
  ['cues with "of" after them', 'Officials said of Clinton that the chance is good and more. ', 48_000],
];

describe('hostile text shapes', () => {
  for (const [name, unit, times] of shapes) {
    it(`${name}: analysed in bounded time, with bounded claims`, () => {
      const text = unit.repeat(times);
      const a = analyze(text);
      for (const c of a.claims) {
        expect(c.content.text).toBe(text.slice(c.content.start, c.content.end));
        expect(c.content.end - c.content.start).toBeLessThanOrEqual(MAX_SENTENCE);
      }
    }, 30_000);
  }
});
