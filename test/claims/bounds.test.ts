import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import contentEnds from '../../data/lexicons/content-ends.json';
import cueHeads from '../../data/lexicons/cue-heads.json';
import { type ContentContext, contentContext, features, scoreBound as cutBound } from '../../lib/claims/boundary';
import { cueFeatures, cueScoreAt, isCandidate, nearBound, scoreBound as cueBound } from '../../lib/claims/cues';
import { cueVerb, learnedVerb } from '../../lib/claims/lexicon';
import { linearScorer, type LinearWeights } from '../../lib/claims/linear';
import { type Token, tokenize } from '../../lib/claims/tokens';
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

/** Every cue-head candidate of the texts: its tokens, its index and the model's score. */
function candidates(): { t: Token[]; i: number; score: number }[] {
  const score = linearScorer(cueHeads as LinearWeights);
  const out: { t: Token[]; i: number; score: number }[] = [];
  for (const t of texts.map(tokensOf)) {
    for (let i = 0; i < t.length; i++) if (isCandidate(t[i]!)) out.push({ t, i, score: score(cueFeatures(t, i)) });
  }
  return out;
}

/** Cuts of contents (every third start, up to 24 tokens on) with the model's score. */
function cuts(): { t: Token[]; k: number; p: number; context: ContentContext; commas: number; score: number }[] {
  const score = linearScorer(contentEnds as LinearWeights);
  const verbs = [cueVerb('said')!, cueVerb('claimed')!, learnedVerb('slamming')];
  const out: ReturnType<typeof cuts> = [];
  for (const t of texts.map(tokensOf)) {
    for (let k = 0; k + 1 < t.length; k += 3) {
      const verb = verbs[k % verbs.length]!;
      const context = contentContext(t, k, verb);
      for (let p = k + 1; p < Math.min(t.length, k + 25); p++) {
        const commas = p % 5;
        out.push({ t, k, p, context, commas, score: score(features(t, k, p, verb, commas)) });
      }
    }
  }
  return out;
}

describe('score bounds', () => {
  it('the cue-head bound is never below the score', () => {
    const all = candidates();
    for (const { t, i, score } of all) expect(cueBound(t, i)).toBeGreaterThanOrEqual(score);
    expect(all.length).toBeGreaterThan(1000);
  });

  it('the cue-head first bound is never below the full bound, and rules out most candidates', () => {
    const all = candidates();
    let out = 0;
    for (const { t, i } of all) {
      expect(nearBound(t, i)).toBeGreaterThanOrEqual(cueBound(t, i));
      if (nearBound(t, i) <= (cueHeads as { threshold: number }).threshold) out++;
    }
    expect(out / all.length).toBeGreaterThan(0.5);
  });

  it('the cue-head score without feature strings is the score, to the last bit', () => {
    for (const { t, i, score } of candidates()) expect(cueScoreAt(t, i)).toBe(score);
  });

  it('the content-end bound is never below the score', () => {
    const all = cuts();
    for (const { t, k, p, context, commas, score } of all)
      expect(cutBound(t, k, p, context, commas)).toBeGreaterThanOrEqual(score);
    expect(all.length).toBeGreaterThan(1000);
  });

  it('the content-end bound is the score itself, where it is finite', () => {
    let infinite = 0;
    for (const { t, k, p, context, commas, score } of cuts()) {
      const bound = cutBound(t, k, p, context, commas);
      if (bound === Infinity) infinite++;
      else expect(bound).toBe(score);
    }
    expect(infinite).toBeGreaterThan(0); // the "|" of the odd text
  });
});
