import type { Span } from '../types';

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'st',
  'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'mt', 'ft',
]);

/** Where a sentence can end: the scan jumps from one to the next (native), not character by character. */
const BREAKS = /[\n.!?]/g;

/** The last text split, and its sentences: the claims and then the sides ask for the same text. */
let last: { text: string; sentences: readonly Span[] } | undefined;

/**
 * Splits text into sentences, in one linear pass. A sentence ends at . ! ? (and any closing quotes
 * or brackets after it) followed by white space and an upper-case letter, a digit or an opening
 * quote, unless the word before the stop is a known abbreviation or a single initial; a line break
 * always ends a sentence (paragraphs are separated by line breaks in the article text).
 */
export function splitSentences(text: string): readonly Span[] {
  if (last?.text !== text) last = { text, sentences: split(text) };
  return last.sentences;
}

/** Forgets the last split: each analysis splits its text once, not once for all time. */
export function forgetSentences(): void {
  last = undefined;
}

/**
 * The longest sentence, in characters. Text that runs on with no sentence end (a list, a poem, a
 * page without full stops) is cut into pieces of this size, so every rule's window within a
 * sentence stays bounded: one 60,000-word "sentence" took a minute to analyse. The longest
 * sentence of PolNeAR's 33,663 is 1,094 characters.
 */
export const MAX_SENTENCE = 1500;

function split(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    while (e - s > MAX_SENTENCE) {
      const cut = pieceEnd(text, s);
      out.push({ start: s, end: cut, text: text.slice(s, cut) });
      s = cut;
      while (s < e && /\s/.test(text[s]!)) s++;
    }
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  BREAKS.lastIndex = 0;
  for (let found = BREAKS.exec(text); found; found = BREAKS.exec(text)) {
    const i = found.index;
    const ch = found[0];
    if (ch === '\n') {
      push(i + 1);
      continue;
    }
    let j = i + 1;
    while (j < text.length && /["'”’)\]»]/.test(text[j]!)) j++;
    if (j >= text.length || !/[ \t]/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /[ \t]/.test(text[k]!)) k++;
    const next = text[k];
    if (next === undefined || !/[A-Z0-9"“‘'(\[«]/.test(next)) continue;
    if (ch === '.') {
      let w = i;
      while (w > 0 && /[A-Za-z.]/.test(text[w - 1]!)) w--;
      const word = text.slice(w, i).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word)) continue;
    }
    push(j);
  }
  push(text.length);
  return out;
}

/**
 * Where a piece of an over-long sentence starting at s ends: after the last comma, semicolon or
 * colon followed by a space in its second half, else at its last space, else at its limit (never
 * between the two halves of a surrogate pair).
 */
function pieceEnd(text: string, s: number): number {
  const limit = s + MAX_SENTENCE;
  let space = -1;
  for (let i = limit - 1; i > s + MAX_SENTENCE / 2; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) continue;
    const before = text.charCodeAt(i - 1);
    if (before === 44 || before === 59 || before === 58) return i;
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  const high = text.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}
