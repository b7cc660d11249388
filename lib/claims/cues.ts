import model from '../../data/lexicons/cue-heads.json';
import { maxima, pairs, templates, type LinearWeights, type Values } from './linear';
import type { Token } from './tokens';
import { ADVERBIAL, ADVERBS, AUX, CLAUSE, DETERMINERS, PREPOSITIONS, PRONOUNS, TIME } from './words';

/**
 * Cue words beyond the lexicons: a learned decision (scripts/train-claims.ts, an averaged perceptron
 * trained on PolNeAR train; weights in data/lexicons/cue-heads.json) on whether a lower-case word
 * outside quotations, one the model has weights for, heads an attribution ("deemed", "endorsing",
 * "defending" …) in its context. Words it accepts go through the same rules as learned cue verbs
 * (source before, object after).
 */

export interface CueModel extends LinearWeights {
  /** The score a word needs: above zero, so only confident decisions add cues. */
  threshold: number;
}
let threshold = 0;
let bound = boundTables({ bias: 0, weights: {} });
/** Loads the model's weights (at start-up; scripts/train-claims.ts, once it has trained them). */
export function loadCueModel(m: CueModel): void {
  threshold = m.threshold;
  bound = boundTables(m);
}

/**
 * What scoreBound needs: every template's weights found by the tokens themselves, and for the one
 * joining three tokens, its largest weight by the word. The word (so its suffix) never holds a
 * "|": it is a candidate, letters joined by hyphens, apostrophes or stops. The terms that depend
 * on the word alone (or its suffix alone) are gathered by it, so a word costs one lookup for them.
 */
function boundTables(m: LinearWeights) {
  const byTemplate = templates(m);
  const exact = (template: string) => byTemplate.get(template) ?? new Map<string, number>();
  const keyFirst = true;
  const w = exact('w');
  const p1w = pairs(byTemplate.get('p1w'), !keyFirst);
  const wn1 = pairs(byTemplate.get('wn1'), keyFirst);
  const wn1n2 = maxima(byTemplate.get('wn1n2'), keyFirst);
  const suf = exact('suf');
  const sufN1 = pairs(byTemplate.get('suf|n1'), keyFirst);
  const p1Suf = pairs(byTemplate.get('p1|suf'), !keyFirst);
  const c1Suf = pairs(byTemplate.get('c1|suf'), !keyFirst);
  const bySuffix = new Map<string, SuffixTerms>();
  for (const x of new Set([...suf.keys(), ...sufN1.keys(), ...p1Suf.keys(), ...c1Suf.keys()])) {
    const terms = { suf: suf.get(x) ?? 0, sufN1: sufN1.get(x), p1Suf: p1Suf.get(x), c1Suf: c1Suf.get(x) };
    bySuffix.set(x, { ...terms, most: terms.suf + largest(terms.sufN1) + largest(terms.p1Suf) + largest(terms.c1Suf) });
  }
  // A known word carries its suffix's terms too: no suffix string to cut and look up.
  const byWord = new Map<string, WordTerms>();
  for (const word of new Set([...w.keys(), ...p1w.keys(), ...wn1.keys(), ...wn1n2.keys()])) {
    const suffixTerms = bySuffix.get(suffix(word)) ?? NO_SUFFIX;
    const terms = {
      w: w.get(word) ?? 0,
      p1w: p1w.get(word),
      wn1: wn1.get(word),
      wn1n2: wn1n2.get(word) ?? 0,
      suffix: suffixTerms,
    };
    byWord.set(word, { ...terms, most: terms.w + largest(terms.p1w) + largest(terms.wn1) + terms.wn1n2 });
  }
  return {
    bias: m.bias,
    byWord,
    bySuffix,
    p1: exact('p1'),
    n1: exact('n1'),
    p2: exact('p2'),
    n2: exact('n2'),
    wn1n2: exact('wn1n2'),
  };
}

/** A word's own terms: its weight, its pairs with the word before and after, its largest triple. */
interface WordTerms {
  w: number;
  p1w: Values | undefined;
  wn1: Values | undefined;
  wn1n2: number;
  /** Its suffix's terms. */
  suffix: SuffixTerms;
  /** The most its own terms can add, whatever its neighbours: w, p1w, wn1 and wn1n2 at their largest. */
  most: number;
}

/** A suffix's own terms: its weight, its pairs with the next word, the word before, its case. */
interface SuffixTerms {
  suf: number;
  sufN1: Values | undefined;
  p1Suf: Values | undefined;
  c1Suf: Values | undefined;
  /** The most its terms can add, whatever the neighbours: suf, suf|n1, p1|suf and c1|suf at their largest. */
  most: number;
}
const NO_SUFFIX: SuffixTerms = { suf: 0, sufN1: undefined, p1Suf: undefined, c1Suf: undefined, most: 0 };
const NO_WORD: WordTerms = { w: 0, p1w: undefined, wn1: undefined, wn1n2: 0, suffix: NO_SUFFIX, most: 0 };
/** The largest weight, or 0 (an absent feature adds 0). */
const largest = (values: Values | undefined) => {
  let most = 0;
  if (values) for (const v of values.values()) if (v > most) most = v;
  return most;
};
const suffix = (w: string) => (w.length > 5 ? w.slice(-3) : w);
loadCueModel(model as CueModel);

/** Token j's word if it is in sentence `sent`, else the sentence edge (j checked: a read past the ends deoptimises). */
const neighbour = (t: Token[], j: number, sent: number, edge: string) =>
  j >= 0 && j < t.length && t[j]!.sent === sent ? t[j]!.lower : edge;

/** Token i's word and its neighbours within its sentence, as cueFeatures names them. */
function context(t: Token[], i: number) {
  const sent = t[i]!.sent;
  return {
    w: t[i]!.lower,
    p1: neighbour(t, i - 1, sent, '<s>'),
    p2: neighbour(t, i - 2, sent, '<s>'),
    n1: neighbour(t, i + 1, sent, '</s>'),
    n2: neighbour(t, i + 2, sent, '</s>'),
  };
}

/** The features of token i as a cue head. */
export function cueFeatures(t: Token[], i: number): string[] {
  const { w, p1, p2, n1, n2 } = context(t, i);
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

/**
 * An upper bound on cueScore(cueFeatures(t, i)), without building a feature string: the exact
 * weight of every feature but "wn1n2", bounded by its largest weight for the word. Terms in
 * cueFeatures' order, so the bound is never below the score.
 */
export function scoreBound(t: Token[], i: number): number {
  return terms(t, i, false);
}

/**
 * cueScore(cueFeatures(t, i)) itself, building one feature string of the twelve: the bound's terms
 * with the three-word feature's own weight. Same weights added in the same order, so the same
 * number to the last bit.
 */
export function cueScoreAt(t: Token[], i: number): number {
  return terms(t, i, true);
}

function terms(t: Token[], i: number, exact: boolean): number {
  const { w, p1, p2, n1, n2 } = context(t, i);
  const c1 = i > 0 && t[i - 1]!.cap ? 'C' : 'l';
  const b = bound;
  const known = b.byWord.get(w);
  const word = known ?? NO_WORD;
  const suf = known ? known.suffix : (b.bySuffix.get(suffix(w)) ?? NO_SUFFIX);
  // The sum in cueFeatures' order; a feature the model lacks adds 0, as in the scorer.
  let s = b.bias;
  s += word.w;
  s += suf.suf;
  s += b.p1.get(p1) ?? 0;
  s += b.n1.get(n1) ?? 0;
  s += b.p2.get(p2) ?? 0;
  s += b.n2.get(n2) ?? 0;
  s += word.p1w?.get(p1) ?? 0;
  s += word.wn1?.get(n1) ?? 0;
  s += exact ? (b.wn1n2.get(`${w}|${n1}|${n2}`) ?? 0) : word.wn1n2;
  s += suf.sufN1?.get(n1) ?? 0;
  s += suf.p1Suf?.get(p1) ?? 0;
  s += suf.c1Suf?.get(c1) ?? 0;
  return s;
}

/** Closed-class words and adverbs, which never head a cue: one set, one lookup. */
const NOT_CANDIDATES = new Set(
  [AUX, ADVERBS, CLAUSE, DETERMINERS, PRONOUNS, PREPOSITIONS, ADVERBIAL, TIME].flatMap((words) => [...words]),
);

/** Words the model decides on: lower-case content words (closed-class words and adverbs never head a cue). */
export function isCandidate(tok: Token): boolean {
  const w = tok.lower;
  if (!tok.word || tok.cap || w.length < 4 || /\d/.test(w) || w.endsWith('ly')) return false;
  return !NOT_CANDIDATES.has(w);
}

/**
 * Whether the word at token i (not a lexicon cue) heads an attribution, by the model. The model
 * decides only on words it has weights of its own for. A word it never saw could pass on its
 * suffix and neighbours alone: on PolNeAR dev those decisions found as many attributions as they
 * added errors (ATTRIBUTION F1 61.7 with them and without), on the shared pages they were mostly
 * errors ("you click the button", "Nippers munched his apple"), and in the browser they cost a
 * tenth of the analysis (bench:ab, median over pages 0.895).
 */
export function isCueHead(t: Token[], i: number): boolean {
  const tok = t[i]!;
  if (!isCandidate(tok)) return false;
  // "seemed", "appears": a raising verb says how things look, not who says so ("Obama seemed like a
  // spent force"). Leaving them out: PolNeAR train ATTRIBUTION F1 58.9 → 59.1, dev 61.7 either way.
  if (RAISING.has(tok.lower)) return false;
  const known = bound.byWord.get(tok.lower);
  // Most known words cannot reach the threshold either. A first bound, from the four neighbour
  // words' weights and the most the word's own terms could add, rules out most with four more
  // lookups; the full bound rules out most of the rest before the exact score builds its one
  // feature string.
  return (
    known !== undefined &&
    nearBound(t, i, known) > threshold &&
    scoreBound(t, i) > threshold &&
    cueScoreAt(t, i) > threshold
  );
}

/**
 * An upper bound on scoreBound(t, i) from five lookups (four when the word's terms are given).
 * Its terms are added in another order than the score's, so it carries a margin far above any
 * rounding of a dozen additions.
 */
export function nearBound(t: Token[], i: number, known = bound.byWord.get(t[i]!.lower)): number {
  const tok = t[i]!;
  const sent = tok.sent;
  const w = tok.lower;
  const b = bound;
  const most = known ? known.most + known.suffix.most : (b.bySuffix.get(suffix(w)) ?? NO_SUFFIX).most;
  return (
    b.bias +
    most +
    (b.p1.get(neighbour(t, i - 1, sent, '<s>')) ?? 0) +
    (b.n1.get(neighbour(t, i + 1, sent, '</s>')) ?? 0) +
    (b.p2.get(neighbour(t, i - 2, sent, '<s>')) ?? 0) +
    (b.n2.get(neighbour(t, i + 2, sent, '</s>')) ?? 0) +
    MARGIN
  );
}
const MARGIN = 1e-6;
const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
