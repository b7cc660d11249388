import { ASCII_WORD, lowerCase } from '../nlp/words';
import { indexContaining } from '../spans';
import { ABBREVIATIONS } from './words';

/**
 * Tokens and quotations for the attribution rules, each in one linear pass over the text.
 */

export interface Token {
  start: number;
  end: number;
  /** Lower case with straight apostrophes; punctuation as is. */
  lower: string;
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index of the sentence the token is in. */
  sent: number;
  /** Index of the paragraph (line) the token is in. */
  para: number;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  // NaN (i outside the text) fails this test too: text[i] would be undefined, which the
  // Unicode class below would test as the word "undefined".
  if (!(c >= 0xaa) || c === 0x2019 || c === 0x201c || c === 0x201d) return false;
  return WORD.test(text[i]!);
}
const UPPER = /\p{Lu}/u;
/** An acronym written with full stops, before its last one: "S.E.C", "U.S", "D-N.Y". */
const DOTTED = /^(?:[\p{L}-]+\.)+\p{L}$/u;
/** Joiners inside a word: hyphen, apostrophes, full stop (U.S.), ampersand (AT&T). */
const JOIN = new Set([45, 39, 0x2019, 46, 38]);

/**
 * Word and punctuation tokens with their sentence and paragraph. `sentenceStarts` are the start
 * offsets of the sentences, ascending (lib/nlp/sentences).
 */
export function tokenize(text: string, sentenceStarts: number[]): Token[] {
  const tokens: Token[] = [];
  let para = 0;
  let sent = -1;
  let nextSent = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      para++;
      i++;
      continue;
    }
    if (ch === 32 || ch === 9 || ch === 13 || ch === 0xa0) {
      i++;
      continue;
    }
    while (nextSent < sentenceStarts.length && sentenceStarts[nextSent]! <= i) {
      sent = nextSent;
      nextSent++;
    }
    const start = i;
    const word = ch < 128 ? ASCII_WORD[ch] === 1 : isWordChar(text, i);
    /** A ’ joins the word ("don’t"): only then has its lower case one to straighten. */
    let curly = false;
    if (word) {
      for (;;) {
        // ASCII by the table, without a call per character.
        for (; i < len; i++) {
          const c = text.charCodeAt(i);
          if (c < 128 ? ASCII_WORD[c] === 0 : !isWordChar(text, i)) break;
        }
        // Reads past the end are guarded: in optimised code each one deoptimises the function.
        const j = i < len ? text.charCodeAt(i) : -1;
        if (i + 1 < len && JOIN.has(j) && isWordChar(text, i + 1)) {
          if (j === 0x2019) curly = true;
          i++;
        } else break;
      }
    } else if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < len) i += 2;
    else i++;
    // "Mr.", initials ("J.") and dotted acronyms ("S.E.C.", "U.S.") keep their full stop, so a
    // name is not cut in two.
    if (
      word &&
      i < len &&
      text.charCodeAt(i) === 46 &&
      (i - start === 1 ? UPPER.test(text[start]!) : ABBREVIATIONS.has(text.slice(start, i).toLowerCase()) || DOTTED.test(text.slice(start, i)))
    )
      i++;
    const raw = text.slice(start, i);
    let lower = raw;
    let cap = false;
    if (word) {
      lower = lowerCase(raw);
      if (curly && lower.includes('’')) lower = lower.replace(/’/g, "'");
      if (lower.charCodeAt(lower.length - 1) === 46) lower = lower.slice(0, -1);
      const c0 = raw.charCodeAt(0);
      cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER.test(raw[0]!);
    }
    tokens.push({ start, end: i, lower, word, cap, sent: Math.max(0, sent), para });
  }
  return tokens;
}

export interface Quote {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark (or the end of the paragraph when it does not close there). */
  end: number;
  /** Closed by a matching mark in its paragraph. */
  closed: boolean;
  /** Index of the quote this one continues (a quotation running over several paragraphs). */
  continues?: number;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);

/**
 * Quotations, paragraph by paragraph: curly, straight and guillemet double marks, and single marks
 * (‘…’) when a paragraph has no double ones. An opening mark with no closing one ends at the end of
 * its paragraph (an unbalanced mark never swallows the rest of the article); when the next
 * paragraph opens with a mark too, that quotation continues the first.
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let paraStart = 0;
  let pendingContinue = -1;
  while (paraStart <= text.length) {
    let paraEnd = text.indexOf('\n', paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    const first = quotes.length;
    const open = quotesInParagraph(text, paraStart, paraEnd, quotes);
    // A quotation left open at the end of a paragraph continues if the next paragraph opens one.
    if (pendingContinue >= 0 && quotes.length > first && quotes[first]!.start === skipSpace(text, paraStart)) {
      quotes[first]!.continues = pendingContinue;
    }
    pendingContinue = open ? quotes.length - 1 : -1;
    paraStart = paraEnd + 1;
  }
  return quotes;
}

/**
 * The quotations of the paragraph [paraStart, paraEnd), pushed to `quotes`; whether the last one
 * is left open. A function of its own, not a loop inside findQuotes' loop: V8 compiles a hot inner
 * loop on its own (on-stack replacement) and throws that code away at every exit from it, once a
 * paragraph, until the whole function is compiled (40–58 times a page in Chromium's trace).
 */
function quotesInParagraph(text: string, paraStart: number, paraEnd: number, quotes: Quote[]): boolean {
  const hasDouble = /["“”„«»]|''/.test(text.slice(paraStart, paraEnd));
  let open = -1;
  let openStraight = false;
  for (let i = paraStart; i < paraEnd; i++) {
    // Only quotation marks open or close: the rest is passed over by its code.
    if (!isQuoteMark(text.charCodeAt(i))) continue;
    let ch = text[i]!;
    // Two apostrophes are a double mark (''…'' in some newspapers' text).
    const twin = ch === "'" && text[i + 1] === "'";
    if (twin) ch = '"';
    let opens = false;
    let closes = false;
    if (hasDouble) {
      if (ch === '"') {
        // A straight mark closes a straight one, and a curly one when it sits like a closing
        // mark (“…," said): mixed marks are common in edited copy.
        if (open >= 0 && (openStraight || !isWordChar(text, i + 1))) closes = true;
        else if (open < 0) {
          opens = true;
        }
      } else if (OPEN_DOUBLE.has(ch)) opens = open < 0;
      else if (CLOSE_DOUBLE.has(ch)) closes = open >= 0;
    } else if (ch === '‘' || ch === "'" || ch === '’') {
      const before = i > paraStart ? text[i - 1]! : ' ';
      const after = i + 1 < paraEnd ? text[i + 1]! : ' ';
      const wordBefore = isWordChar(text, i - 1);
      const wordAfter = i + 1 < paraEnd && isWordChar(text, i + 1);
      if (open < 0 && ch !== '’' && !wordBefore && wordAfter && /[\s(\[—–-]/.test(before)) opens = true;
      else if (
        open >= 0 &&
        ch !== '‘' &&
        !wordAfter &&
        /[\p{L}\p{N}.,!?;:…]/u.test(before) &&
        /[\s.,;:!?)\]—–-]/u.test(after)
      )
        closes = true;
    }
    if (opens) {
      open = i;
      openStraight = ch === '"';
    } else if (closes) {
      quotes.push({ start: open, end: i + (twin ? 2 : 1), closed: true });
      open = -1;
    }
    if (twin) i++;
  }
  if (open >= 0) quotes.push({ start: open, end: paraEnd, closed: false });
  return open >= 0;
}

/** " ' ‘ ’ “ ” „ « »: the characters findQuotes looks at. */
const isQuoteMark = (c: number) =>
  c === 34 || c === 39 || c === 0x2018 || c === 0x2019 || (c >= 0x201c && c <= 0x201e) || c === 0xab || c === 0xbb;

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** Index of the quotation that contains offset `at`, or -1. */
export function quoteAt(quotes: Quote[], at: number): number {
  return indexContaining(quotes, at);
}

/** Whether offset `at` is inside a quotation (after its opening mark): a closed one, or one continued. */
export function insideQuote(quotes: Quote[], at: number): boolean {
  const q = quoteAt(quotes, at);
  if (q < 0) return false;
  const quote = quotes[q]!;
  return (quote.closed || quote.continues !== undefined) && at > quote.start;
}
