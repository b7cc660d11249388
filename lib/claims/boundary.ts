import model from '../../data/lexicons/content-ends.json';
import { cueVerb, type CueVerb } from './lexicon';
import { linearScorer, pairs, templates, type LinearWeights, type Values } from './linear';
import type { Token } from './tokens';
import { CLAUSE, PREPOSITIONS } from './words';

/**
 * Where the content after a cue ends: a learned decision (scripts/train-claims.ts, an averaged
 * perceptron trained on PolNeAR train; weights in data/lexicons/content-ends.json).
 *
 * The rules give the content as the rest of the clause; the corpus often ends it earlier, before
 * an adverbial or a second clause ("attacked her opponent as a fraud | during the debate", "agreed
 * to lend him $5 million | , and the union also …"). Walking the content's tokens left to right,
 * the model scores "the content ends before this token"; the first positive score cuts it.
 */

/** The full scorer, for the rare word the bound cannot look up (one holding a "|"): made on first use, not at load. */
let fullScore: ((features: readonly string[]) => number) | undefined;
const score = (features: readonly string[]) => (fullScore ??= linearScorer(model as LinearWeights))(features);
const bound = boundTables(model as LinearWeights);

/** One cut position the model decides on, for the training script. */
export interface Candidate {
  /** Offset of the end of the token before it. */
  prevEnd: number;
  features: string[];
}
let observer: ((start: number, candidates: Candidate[]) => void) | undefined;
/** For scripts/train-claims.ts: sees every content the model could cut, with its candidate cuts. */
export function observeContents(fn: typeof observer): void {
  observer = fn;
}

const bucket = (n: number) => (n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 8 ? '6-8' : n <= 12 ? '9-12' : n <= 20 ? '13-20' : '21+');
const shape = (tok: Token | undefined) => (!tok ? '∅' : !tok.word ? tok.lower : tok.cap ? 'Cap' : /^\d/.test(tok.lower) ? '9' : 'w');

/** What the features of a cut depend on, beside its tokens: the cue verb and the content's first word. */
export interface ContentContext {
  lemma: string;
  /** The verb's class, with L for a learned verb and W for a weak one. */
  cls: string;
  first: string;
  /** The bound's weights that depend on these alone, found once per content. */
  terms: ContextTerms;
}

interface ContextTerms {
  cue: number;
  first: number;
  /** By kind, by w0, by kind, by w0. */
  kindCls: Values | undefined;
  cueW0: Values | undefined;
  cueKind: Values | undefined;
  clsW0: Values | undefined;
}

export function contentContext(t: Token[], k: number, verb: CueVerb): ContentContext {
  const lemma = verb.lemma;
  const cls = `${verb.cls}${verb.learned ? 'L' : ''}${verb.weak ? 'W' : ''}`;
  const first = t[k]!.lower;
  const b = bound;
  const terms = {
    cue: b.cue.get(lemma) ?? 0,
    first: b.first.get(first) ?? 0,
    kindCls: b.kindCls.get(cls),
    cueW0: b.cueW0.get(lemma),
    cueKind: b.cueKind.get(lemma),
    clsW0: b.clsW0.get(cls),
  };
  return { lemma, cls, first, terms };
}

/** The tokens around the cut before token p, and what kind of token p is. */
function around(t: Token[], p: number) {
  const w0 = t[p]!.lower;
  // Guarded: a read past the end deoptimises the optimised code.
  const next = p + 1 < t.length ? t[p + 1] : undefined;
  return {
    w0,
    w1: next?.lower ?? '∅',
    wp: t[p - 1]!.lower,
    shapes: `${shape(t[p - 1])}${shape(t[p])}${shape(next)}`,
    kind: CLAUSE.has(w0) ? 'clause' : PREPOSITIONS.has(w0) ? 'prep' : shape(t[p]),
  };
}

/**
 * The features of cutting the content [k, …) before token p; `commas` seen since k.
 */
export function features(t: Token[], k: number, p: number, verb: CueVerb, commas: number): string[] {
  const { lemma, cls, first } = contentContext(t, k, verb);
  const { w0, w1, wp, shapes, kind } = around(t, p);
  const dist = bucket(p - k);
  return [
    `w0=${w0}`,
    `w1=${w1}`,
    `wp=${wp}`,
    `w0w1=${w0}|${w1}`,
    `wpw0=${wp}|${w0}`,
    `s=${shapes}`,
    `kind=${kind}`,
    `kind|cls=${kind}|${cls}`,
    `cue=${lemma}`,
    `cue|w0=${lemma}|${w0}`,
    `cue|kind=${lemma}|${kind}`,
    `cls|w0=${cls}|${w0}`,
    `dist=${dist}`,
    `dist|kind=${dist}|${kind}`,
    `first=${first}`,
    `first|w0=${first}|${w0}`,
    `commas=${Math.min(commas, 3)}|${kind}`,
  ];
}

/**
 * Every template's weights, found by the tokens themselves (the key of a joined value: the cue
 * verb, its class, the distance or the comma count, none of which holds a "|"; or the word w0,
 * which scoreBound checks).
 */
function boundTables(m: LinearWeights) {
  const byTemplate = templates(m);
  const exact = (template: string) => byTemplate.get(template) ?? new Map<string, number>();
  const keyFirst = true;
  return {
    bias: m.bias,
    w0: exact('w0'),
    w1: exact('w1'),
    wp: exact('wp'),
    w0w1: pairs(byTemplate.get('w0w1'), keyFirst),
    wpw0: pairs(byTemplate.get('wpw0'), !keyFirst),
    s: exact('s'),
    kind: exact('kind'),
    kindCls: pairs(byTemplate.get('kind|cls'), !keyFirst),
    cue: exact('cue'),
    cueW0: pairs(byTemplate.get('cue|w0'), keyFirst),
    cueKind: pairs(byTemplate.get('cue|kind'), keyFirst),
    clsW0: pairs(byTemplate.get('cls|w0'), keyFirst),
    dist: exact('dist'),
    distKind: pairs(byTemplate.get('dist|kind'), keyFirst),
    first: exact('first'),
    firstW0: pairs(byTemplate.get('first|w0'), !keyFirst),
    commas: pairs(byTemplate.get('commas'), keyFirst),
  };
}

/** w0's own weights: its weight and its pairs with the next word, the word before, the first word. */
interface WordTerms {
  w0: number;
  w0w1: Values | undefined;
  wpw0: Values | undefined;
  firstW0: Values | undefined;
}
const NO_WORD: WordTerms = { w0: 0, w0w1: undefined, wpw0: undefined, firstW0: undefined };

/** The tables of `bound` grouped by what a lookup knows first: the word w0, the distance, the commas. */
function groupedTables(b: ReturnType<typeof boundTables>) {
  const byW0 = new Map<string, WordTerms>();
  for (const w of new Set([...b.w0.keys(), ...b.w0w1.keys(), ...b.wpw0.keys(), ...b.firstW0.keys()])) {
    byW0.set(w, { w0: b.w0.get(w) ?? 0, w0w1: b.w0w1.get(w), wpw0: b.wpw0.get(w), firstW0: b.firstW0.get(w) });
  }
  // By the distance p - k, to 21 ("21+"), and by the comma count, to 3.
  const byDistance = Array.from({ length: 22 }, (_, n) => ({ dist: b.dist.get(bucket(n)) ?? 0, distKind: b.distKind.get(bucket(n)) }));
  const byCommas = Array.from({ length: 4 }, (_, n) => b.commas.get(String(n)));
  return { byW0, byDistance, byCommas };
}
const grouped = groupedTables(bound);

/**
 * An upper bound on score(features(t, k, p, verb, commas)), without building the features: each
 * weight found by its parts, in the features' order (so the bound is never below the score; here
 * it is the score itself). A word w0 holding a "|" cannot be looked up so: no bound (Infinity).
 */
export function scoreBound(t: Token[], k: number, p: number, c: ContentContext, commas: number): number {
  const { w0, w1, wp, shapes, kind } = around(t, p);
  if (w0.includes('|')) return Infinity;
  const b = bound;
  const word = grouped.byW0.get(w0) ?? NO_WORD;
  const distance = grouped.byDistance[Math.min(p - k, 21)]!;
  const x = c.terms;
  // The sum in features' order; a feature the model lacks adds 0, as in the scorer.
  let s = b.bias;
  s += word.w0;
  s += b.w1.get(w1) ?? 0;
  s += b.wp.get(wp) ?? 0;
  s += word.w0w1?.get(w1) ?? 0;
  s += word.wpw0?.get(wp) ?? 0;
  s += b.s.get(shapes) ?? 0;
  s += b.kind.get(kind) ?? 0;
  s += x.kindCls?.get(kind) ?? 0;
  s += x.cue;
  s += x.cueW0?.get(w0) ?? 0;
  s += x.cueKind?.get(kind) ?? 0;
  s += x.clsW0?.get(w0) ?? 0;
  s += distance.dist;
  s += distance.distKind?.get(kind) ?? 0;
  s += x.first;
  s += word.firstW0?.get(c.first) ?? 0;
  s += grouped.byCommas[Math.min(commas, 3)]?.get(kind) ?? 0;
  return s;
}

/** score(features(t, k, p, verb, commas)), building the features only where the bound cannot stand for it. */
function cutScore(t: Token[], k: number, p: number, c: ContentContext, commas: number, verb: CueVerb): number {
  const s = scoreBound(t, k, p, c, commas);
  return s === Infinity ? score(features(t, k, p, verb, commas)) : s;
}

/** Whether ", and …" or ";" at p leads, within a few words, to a cue verb of its own. */
function opensClaim(t: Token[], p: number, end: number): boolean {
  const l = t[p]!.lower;
  const from = l === ',' && t[p + 1]?.lower === 'and' ? p + 2 : l === ';' ? p + 1 : -1;
  if (from < 0) return false;
  for (let m = from; m < Math.min(end, from + 4); m++) {
    const tok = t[m]!;
    if (!tok.word || tok.lower === 'that') return false;
    if (!tok.cap && cueVerb(tok.lower)) return true;
  }
  return false;
}

/**
 * The token the content starting at k should end before (at most `end`). `quoteFrom(p)` gives the
 * start offset of the quotation around token p, or -1.
 */
export function contentEnd(t: Token[], k: number, end: number, verb: CueVerb, quoteFrom: (p: number) => number): number {
  const start = t[k]!.start;
  const context = contentContext(t, k, verb);
  const candidates: Candidate[] = [];
  let commas = 0;
  let cut = end;
  for (let p = k + 1; p < end; p++) {
    if (t[p - 1]!.lower === ',') commas++;
    // Never inside a quotation that opened in the content: the rules keep a quotation whole.
    const q = quoteFrom(p);
    if (q >= start && q < t[p]!.start) continue;
    // "that A, and that B": the second clause is the same content.
    if (t[p]!.lower === ',' ? t[p + 1]?.lower === 'and' && t[p + 2]?.lower === 'that' : t[p]!.lower === 'and' && t[p + 1]?.lower === 'that') continue;
    // "said A, and three-quarters said B": the next claim starts here.
    if (!observer && opensClaim(t, p, end)) {
      cut = p;
      break;
    }
    if (observer) candidates.push({ prevEnd: t[p - 1]!.end, features: features(t, k, p, verb, commas) });
    // The bound is the score itself, found without a feature string; only a word holding a "|"
    // (no bound: Infinity) needs the features built.
    else if (cutScore(t, k, p, context, commas, verb) > 0) {
      cut = p;
      break;
    }
  }
  if (observer) observer(start, candidates);
  return cut;
}
