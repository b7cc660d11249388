import { LEX } from './gazetteer';

/**
 * Word tokens for the entity rules, in one linear pass. A token keeps what a name needs:
 * letters with marks and digits, inner hyphens and apostrophes ("Jean-Luc", "O’Brien"), initials
 * with their full stop ("H.W.", "U.S."), and notes a possessive ’s (left out of the span).
 */
export interface Word {
  start: number;
  /** End of the name part (before a possessive ’s). */
  end: number;
  text: string;
  /** Lower case, straight apostrophes, without a final full stop. */
  lower: string;
  /** Starts with an upper-case letter (or a name particle joined by a hyphen: "al-Assad"). */
  cap: boolean;
  /** Two or more letters, none lower case ("NATO", "U.S."). */
  allCaps: boolean;
  /** Followed by a possessive ’s or ’ (after a plural): ends a name. */
  poss: boolean;
  /** A hyphenated lower-case tail was cut off ("Kremlin-linked"): ends a name. */
  cut: boolean;
  /** The tail that was cut off, lower case ("linked", "based"). */
  tail: string;
  /** Initial or abbreviation that keeps its full stop ("H.W.", "Mr.", "U.S."). */
  dotted: boolean;
  ordinal: boolean;
  /** First word of a sentence (or of a line, a quotation, a bracket). */
  sentStart: boolean;
  /** Index of the line (paragraph) the word is on. */
  line: number;
  /** Text between the previous word's end (including its possessive) and this word. */
  gapBefore: string;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;

/** Letters and digits among the first 128 code points (1), for the scans' inner loops. */
export const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;

/** Letter, mark or digit at i: ASCII by the table, the rest (rare in English) by Unicode class. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  // NaN (i outside the text) fails this test too, rather than testing the string "undefined".
  if (!(c >= 0xaa)) return false;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return WORD_CHAR.test(text.slice(i - 1, i + 1));
  return WORD_CHAR.test(text[i]!);
}
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj', 'sen', 'rep', 'gov', 'rev', 'st', 'jr', 'sr', 'mt', 'ft', 'inc', 'corp', 'co', 'ltd', 'adm', 'cmdr', 'supt', 'messrs']);
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
const LETTERS2 = /\p{L}.*\p{L}/u;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…']);
const OPEN_QUOTES = new Set(['“', '(', '[', '«', '‘']);
const SKIP = new Set(['"', '”', '’', "'", '»', '—', '–', '-', ')', ']']);

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(ch);
}

export function tokenize(text: string): Word[] {
  const words: Word[] = [];
  let line = 0;
  let prevEnd = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    // The next word: letters, marks and digits, joined by single hyphens, apostrophes, stops or &.
    // ASCII by the table, without a call per character (most of the text).
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] === 1 : isWordChar(text, i)) break;
    }
    if (i >= len) break;
    const start = i;
    // Which joiners the word holds: most hold none, and need no search for them.
    let hyphen = false;
    let curly = false;
    for (;;) {
      for (; i < len; i++) {
        const c = text.charCodeAt(i);
        if (c < 128 ? ASCII_WORD[c] === 0 : !isWordChar(text, i)) break;
      }
      // Reads past the end are guarded: in optimised code each one deoptimises the function.
      const j = i < len ? text.charCodeAt(i) : -1;
      if ((j === 45 || j === 39 || j === 0x2019 || j === 46 || j === 38) && i + 1 < len && isWordChar(text, i + 1)) {
        if (j === 45) hyphen = true;
        else if (j === 0x2019) curly = true;
        i++;
      } else break;
    }
    const matched = text.slice(start, i);
    let raw = matched;
    let cut = false;
    let tail = '';
    if (hyphen) {
      const segs = raw.split('-');
      const first = segs[0]!;
      if (UPPER.test(first) || (LEX.nameParticles.has(first.toLowerCase()) && segs[1] && UPPER.test(segs[1]))) {
        let keep = 1;
        while (keep < segs.length && (UPPER.test(segs[keep]!) || /^\d/.test(segs[keep]!))) keep++;
        const prev = words[words.length - 1];
        // "Kim Jong-un", "Ban Ki-moon": a romanised given name after its family name is one word.
        const given =
          keep === 1 &&
          segs.length === 2 &&
          first.length <= 4 &&
          prev !== undefined &&
          prev.cap &&
          !prev.poss &&
          prev.end === start - 1 &&
          !LEX.stopwords.has(prev.lower) &&
          isRomanisedSyllable(segs[1]!);
        if (keep < segs.length && !given) {
          raw = segs.slice(0, keep).join('-');
          tail = segs.slice(keep).join('-').toLowerCase();
          cut = true;
        }
      }
    }
    let poss = false;
    let name = raw;
    const last = raw.charCodeAt(raw.length - 1);
    if ((last === 115 || last === 83) && raw.length > 2) {
      const apo = raw[raw.length - 2];
      if (apo === "'" || apo === '’') {
        name = raw.slice(0, -2);
        poss = true;
      } else {
        const at = start + raw.length;
        const after = at < len ? text[at] : undefined;
        if ((after === "'" || after === '’') && !isLetter(at + 1 < len ? text[at + 1] : undefined)) poss = true; // "Ukrainians’"
      }
    }
    if (!name) continue;
    let end = start + name.length;
    const lowered = lowerCase(name);
    const lowerNoDot = curly && lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
    let dotted = false;
    if (!poss && end < len && text.charCodeAt(end) === 46 && (INITIALS.test(name) || ABBREV.has(lowerNoDot))) {
      end += 1;
      dotted = true;
    }
    const gapBefore = text.slice(prevEnd, start);
    if (gapBefore.length && gapBefore.includes('\n')) for (let i = 0; i < gapBefore.length; i++) if (gapBefore.charCodeAt(i) === 10) line++;
    const c0 = name.charCodeAt(0);
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER.test(name);
    const word: Word = {
      start,
      end,
      text: dotted ? text.slice(start, end) : name,
      lower: lowerNoDot,
      cap: cap || (hyphen && name.includes('-') && isParticleName(name)),
      allCaps: cap && name.length > 1 && isAllCaps(name),
      poss,
      cut,
      tail,
      dotted,
      ordinal: c0 >= 48 && c0 <= 57 && ORDINAL.test(name),
      sentStart: false,
      line,
      gapBefore,
    };
    word.sentStart = isSentenceStart(text, word, words.length ? words[words.length - 1] : undefined);
    words.push(word);
    prevEnd = poss ? start + matched.length : Math.max(end, start + raw.length);
    if (cut) prevEnd = start + raw.length;
  }
  return words;
}

/**
 * One syllable of a romanised Korean or Chinese given name after a hyphen ("un", "moon", "myung",
 * "hye", "ping"), not an English word that follows a hyphen ("based", "ray", "bomb", "day").
 */
const ROMANISED = /^[bcdghjkmnpstwy]{0,2}[aeiouwy]{1,3}(?:ng|n|m|k|l)?$/;
/** English words of that shape that follow a hyphen ("Pac-man", "Add-on", "E-book"). */
const ENGLISH_SYLLABLES = new Set([
  'day', 'man', 'men', 'in', 'on', 'son', 'gun', 'guy', 'way', 'to', 'go', 'you', 'my', 'say', 'see', 'sea', 'tea', 'toy', 'boy', 'key', 'gay', 'pay', 'bay', 'hay', 'sky', 'shy', 'pin', 'cum', 'jam', 'gum', 'hum', 'him', 'oak', 'hook', 'book', 'cook', 'took', 'wool', 'cool', 'pool', 'tool', 'king', 'wing', 'sing', 'thing', 'song', 'gong',
]);
export const isRomanisedSyllable = (s: string) => ROMANISED.test(s) && !ENGLISH_SYLLABLES.has(s);

/**
 * toLowerCase, without the call for words that are lower case already (most of them). Article
 * text with any curly quote is stored two bytes a character, and V8's toLowerCase on such strings
 * leaves its fast path: on 100k words this was a third of the tokenizer's time.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return s.toLowerCase();
    if (c >= 128) return s.toLowerCase();
  }
  return s;
}

/** No lower-case letter and at least two letters ("NATO", "U.S."); ASCII by code, the rest by class. */
function isAllCaps(name: string): boolean {
  let letters = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return !HAS_LOWER.test(name) && LETTERS2.test(name);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

function isParticleName(name: string): boolean {
  const m = /^(\p{Ll}+)-\p{Lu}/u.exec(name);
  return !!m && LEX.nameParticles.has(m[1]!);
}

function isSentenceStart(text: string, w: Word, prev: Word | undefined): boolean {
  if (!prev) return true;
  const gap = w.gapBefore;
  // The last character of the gap that is not a space, quote or bracket decides (a single space,
  // the common gap, has none).
  if (gap !== ' ') {
    if (gap.includes('\n')) return true;
    const decided = lastMarkDecides(gap);
    if (decided !== undefined) return decided;
  }
  // "U.S. President": the stop belongs to the abbreviation unless a stop-word follows.
  if (prev.dotted && text[prev.end - 1] === '.' && gap.trim() === '') {
    return LEX.stopwords.has(w.lower) && !LEX.honorifics.has(prev.lower);
  }
  return false;
}

/** Whether the gap's last mark starts a sentence (true), continues one (false), or says nothing. */
function lastMarkDecides(gap: string): boolean | undefined {
  for (let i = gap.length - 1; i >= 0; i--) {
    const ch = gap[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r') continue;
    if (OPEN_QUOTES.has(ch)) return true;
    if (SKIP.has(ch)) continue;
    if (SENTENCE_END.has(ch)) return true;
    if (/\s/.test(ch)) continue;
    return false;
  }
  return undefined;
}
