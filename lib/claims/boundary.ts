import model from '../../data/lexicons/content-ends.json';
import { cueVerb, type CueVerb } from './lexicon';
import { linearScorer, type LinearWeights } from './linear';
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

const score = linearScorer(model as LinearWeights);

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

/**
 * The features of cutting the content [k, …) before token p; `commas` seen since k.
 */
export function features(t: Token[], k: number, p: number, verb: CueVerb, commas: number): string[] {
  const w0 = t[p]!.lower;
  const w1 = t[p + 1]?.lower ?? '∅';
  const wp = t[p - 1]!.lower;
  const cls = `${verb.cls}${verb.learned ? 'L' : ''}${verb.weak ? 'W' : ''}`;
  const dist = bucket(p - k);
  const kind = CLAUSE.has(w0) ? 'clause' : PREPOSITIONS.has(w0) ? 'prep' : shape(t[p]);
  return [
    `w0=${w0}`,
    `w1=${w1}`,
    `wp=${wp}`,
    `w0w1=${w0}|${w1}`,
    `wpw0=${wp}|${w0}`,
    `s=${shape(t[p - 1])}${shape(t[p])}${shape(t[p + 1])}`,
    `kind=${kind}`,
    `kind|cls=${kind}|${cls}`,
    `cue=${verb.lemma}`,
    `cue|w0=${verb.lemma}|${w0}`,
    `cue|kind=${verb.lemma}|${kind}`,
    `cls|w0=${cls}|${w0}`,
    `dist=${dist}`,
    `dist|kind=${dist}|${kind}`,
    `first=${t[k]!.lower}`,
    `first|w0=${t[k]!.lower}|${w0}`,
    `commas=${Math.min(commas, 3)}|${kind}`,
  ];
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
    const fs = features(t, k, p, verb, commas);
    if (observer) candidates.push({ prevEnd: t[p - 1]!.end, features: fs });
    else if (score(fs) > 0) {
      cut = p;
      break;
    }
  }
  if (observer) observer(start, candidates);
  return cut;
}
