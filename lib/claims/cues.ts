import model from '../../data/lexicons/cue-heads.json';
import { linearScorer, type LinearWeights } from './linear';
import type { Token } from './tokens';
import { ADVERBIAL, ADVERBS, AUX, CLAUSE, DETERMINERS, PREPOSITIONS, PRONOUNS, TIME } from './words';

/**
 * Cue words beyond the lexicons: a learned decision (scripts/train-claims.ts, an averaged perceptron
 * trained on PolNeAR train; weights in data/lexicons/cue-heads.json) on whether a lower-case word
 * outside quotations heads an attribution ("slamming", "admires", "pooh-poohed" …) in its context.
 * Words it accepts go through the same rules as learned cue verbs (source before, object after).
 */

export interface CueModel extends LinearWeights {
  /** The score a word needs: above zero, so only confident decisions add cues. */
  threshold: number;
}
let cueScore = linearScorer({ bias: 0, weights: {} });
let threshold = 0;
/** Loads the model's weights (at start-up; scripts/train-claims.ts, once it has trained them). */
export function loadCueModel(m: CueModel): void {
  cueScore = linearScorer(m);
  threshold = m.threshold;
}
loadCueModel(model as CueModel);

const suffix = (w: string) => (w.length > 5 ? w.slice(-3) : w);

/** The features of token i as a cue head. */
export function cueFeatures(t: Token[], i: number): string[] {
  const w = t[i]!.lower;
  const p1 = t[i - 1]?.sent === t[i]!.sent ? t[i - 1]!.lower : '<s>';
  const p2 = t[i - 2]?.sent === t[i]!.sent ? t[i - 2]!.lower : '<s>';
  const n1 = t[i + 1]?.sent === t[i]!.sent ? t[i + 1]!.lower : '</s>';
  const n2 = t[i + 2]?.sent === t[i]!.sent ? t[i + 2]!.lower : '</s>';
  const c1 = t[i - 1]?.cap ? 'C' : 'l';
  return [
    `w=${w}`,
    `suf=${suffix(w)}`,
    `p1=${p1}`,
    `n1=${n1}`,
    `p2=${p2}`,
    `n2=${n2}`,
    `p1w=${p1}|${w}`,
    `wn1=${w}|${n1}`,
    `wn1n2=${w}|${n1}|${n2}`,
    `suf|n1=${suffix(w)}|${n1}`,
    `p1|suf=${p1}|${suffix(w)}`,
    `c1|suf=${c1}|${suffix(w)}`,
  ];
}

/** Words the model decides on: lower-case content words (closed-class words and adverbs never head a cue). */
export function isCandidate(tok: Token): boolean {
  const w = tok.lower;
  if (!tok.word || tok.cap || w.length < 4 || /\d/.test(w) || w.endsWith('ly')) return false;
  return !(AUX.has(w) || ADVERBS.has(w) || CLAUSE.has(w) || DETERMINERS.has(w) || PRONOUNS.has(w) || PREPOSITIONS.has(w) || ADVERBIAL.has(w) || TIME.has(w));
}

/** Whether the word at token i (not a lexicon cue) heads an attribution, by the model. */
export function isCueHead(t: Token[], i: number): boolean {
  return isCandidate(t[i]!) && cueScore(cueFeatures(t, i)) > threshold;
}
