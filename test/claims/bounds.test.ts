import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import contentEnds from '../../data/lexicons/content-ends.json';
import cueHeads from '../../data/lexicons/cue-heads.json';
import { contentContext, features, scoreBound as cutBound } from '../../lib/claims/boundary';
import { cueFeatures, cueScoreAt, isCandidate, scoreBound as cueBound } from '../../lib/claims/cues';
import { cueVerb, learnedVerb } from '../../lib/claims/lexicon';
import { linearScorer, type LinearWeights } from '../../lib/claims/linear';
import { tokenize } from '../../lib/claims/tokens';
import { splitSentences } from '../../lib/nlp/sentences';

/**
 * The two learned models skip building features where an upper bound on the score cannot pass
 * the threshold; skipping is only exact if the bound is never below the score. Checked on every
 * position of real articles (and of odd tokens: "|" and "=" are in the model's values too).
 */
const texts = [
  readFileSync(new URL('../fixtures/seed/article.txt', import.meta.url), 'utf8'),
  ...['bbc-1', 'guardian-1', 'wapo-1'].map((slug) =>
    readFileSync(new URL(`../fixtures/articles/${slug}/article.txt`, import.meta.url), 'utf8'),
  ),
  'Critics | slamming = the | plan said || that, a |b| and = c said so.',
];
const tokensOf = (text: string) =>
  tokenize(
    text,
    splitSentences(text).map((s) => s.start),
  );

describe('score bounds', () => {
  it('the cue-head bound is never below the score', () => {
    const score = linearScorer(cueHeads as LinearWeights);
    let checked = 0;
    for (const t of texts.map(tokensOf)) {
      for (let i = 0; i < t.length; i++) {
        if (!isCandidate(t[i]!)) continue;
        expect(cueBound(t, i)).toBeGreaterThanOrEqual(score(cueFeatures(t, i)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('the cue-head score without feature strings is the score, to the last bit', () => {
    const score = linearScorer(cueHeads as LinearWeights);
    let checked = 0;
    for (const t of texts.map(tokensOf)) {
      for (let i = 0; i < t.length; i++) {
        if (!isCandidate(t[i]!)) continue;
        expect(cueScoreAt(t, i)).toBe(score(cueFeatures(t, i)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('the content-end bound is the score itself, where it is finite', () => {
    const score = linearScorer(contentEnds as LinearWeights);
    const verbs = [cueVerb('said')!, cueVerb('claimed')!, learnedVerb('slamming')];
    let checked = 0;
    let infinite = 0;
    for (const t of texts.map(tokensOf)) {
      for (let k = 0; k + 1 < t.length; k += 3) {
        const verb = verbs[k % verbs.length]!;
        const context = contentContext(t, k, verb);
        for (let p = k + 1; p < Math.min(t.length, k + 25); p++) {
          const bound = cutBound(t, k, p, context, p % 5);
          if (bound === Infinity) infinite++;
          else expect(bound).toBe(score(features(t, k, p, verb, p % 5)));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(infinite).toBeGreaterThan(0); // the "|" of the odd text
  });

  it('the content-end bound is never below the score', () => {
    const score = linearScorer(contentEnds as LinearWeights);
    const verbs = [cueVerb('said')!, cueVerb('claimed')!, learnedVerb('slamming')];
    let checked = 0;
    for (const t of texts.map(tokensOf)) {
      for (let k = 0; k + 1 < t.length; k += 3) {
        const verb = verbs[k % verbs.length]!;
        const context = contentContext(t, k, verb);
        for (let p = k + 1; p < Math.min(t.length, k + 25); p++) {
          const commas = p % 5;
          expect(cutBound(t, k, p, context, commas)).toBeGreaterThanOrEqual(score(features(t, k, p, verb, commas)));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
