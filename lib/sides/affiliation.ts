import { demonymCountry, demonymOfTwo, type Group, LEX, lookup, MAX_GAZETTEER_WORDS, norm } from '../nlp/gazetteer';

/**
 * What a phrase says about whose side its subject is on: a country ("Russian Defense Ministry"
 * → RU by the demonym "Russian"; "Moscow" → RU as a capital; "the Kremlin" → RU as a seat of
 * power) or a group that forms its own side (experts, international bodies, the press).
 */
export interface Affiliation {
  country?: string;
  group?: Group;
  /** "demonym" | "country" | "capital" | "institution" | "role" */
  reason: string;
  /** The words that say so, as written in the phrase. */
  text: string;
  /** Offset of `text` in the phrase. */
  offset: number;
}

interface PhraseWord {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?/gu;
const EMPLOYER = new Set(['for', 'at', 'with', 'of']);
const HEAD_BREAK = new Set(['of', 'to', 'at', 'for', 'from', 'with', 'in', 'on', 'who', 'that']);

function words(phrase: string): PhraseWord[] {
  const out: PhraseWord[] = [];
  for (const m of phrase.matchAll(WORD)) {
    let t = m[0];
    if (/['’]s$/i.test(t)) t = t.slice(0, -2);
    if (t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t)) t = t.slice(0, -1);
    out.push({ text: t, lower: norm(t), start: m.index, end: m.index + t.length });
  }
  return out;
}

const TYPE_REASON: Record<string, string> = {
  country: 'country',
  capital: 'capital',
  seat: 'institution',
  international: 'institution',
  media: 'institution',
  ngo: 'institution',
  group: 'institution',
};

/** The affiliation a name or a role states, or undefined when it states none. */
export function affiliationOf(phrase: string, reasonOverride?: string): Affiliation | undefined {
  if (!phrase) return undefined;
  const ws = words(phrase);
  if (!ws.length) return undefined;
  const reason = (r: string) => reasonOverride ?? r;
  // The head noun: last word before "of"/"to"/… ("representative" in "representative of …").
  let headEnd = ws.findIndex((w) => HEAD_BREAK.has(w.lower));
  if (headEnd <= 0) headEnd = ws.length;
  const head = ws[headEnd - 1]!;
  const whole = lookup(phrase.replace(/^the\s+/i, ''));
  if (whole?.group) return { group: whole.group, reason: reason('institution'), text: phrase, offset: 0 };
  if (LEX.expertWords.has(head.lower) || /\bthink[- ]tanks?\b/i.test(phrase)) {
    return { group: 'experts', reason: reason('role'), text: head.text, offset: head.start };
  }
  if (LEX.mediaWords.has(head.lower) && head.lower !== 'agency') {
    return { group: 'media', reason: reason('role'), text: head.text, offset: head.start };
  }
  const capitalised = ws.slice(0, headEnd).filter((w) => /^\p{Lu}/u.test(w.text)).length >= 2;
  if (capitalised && /^\p{Lu}/u.test(head.text) && LEX.mediaHeads.has(head.lower)) {
    return { group: 'media', reason: reason('institution'), text: phrase.slice(ws[0]!.start, head.end), offset: ws[0]!.start };
  }
  if (capitalised && /^\p{Lu}/u.test(head.text) && LEX.expertHeads.has(head.lower) && !demonymCountry(ws[0]!.lower)) {
    return { group: 'experts', reason: reason('institution'), text: phrase.slice(ws[0]!.start, head.end), offset: ws[0]!.start };
  }
  // Who the person works for: "director for Amnesty International", "correspondent at the BBC".
  for (let i = 0; i < ws.length - 1; i++) {
    if (!EMPLOYER.has(ws[i]!.lower)) continue;
    const rest = phrase.slice(ws[i + 1]!.start).replace(/^the\s+/i, '');
    const restWords = words(rest);
    for (let k = restWords.length; k > 0; k--) {
      const g = lookup(rest.slice(0, restWords[k - 1]!.end));
      if (g?.group === 'experts' || g?.group === 'media') {
        const offset = phrase.length - rest.length;
        return { group: g.group, reason: reason('institution'), text: rest.slice(0, restWords[k - 1]!.end), offset };
      }
    }
  }
  // The first country, capital, seat of power or demonym, left to right; an international body
  // only if no country is named ("Russia's Ambassador to the UN" is Russia's).
  let international: Affiliation | undefined;
  for (let i = 0; i < ws.length; i++) {
    const d = demonymCountry(ws[i]!.lower);
    if (d && /^\p{Lu}/u.test(ws[i]!.text)) {
      return { country: d, reason: reason('demonym'), text: ws[i]!.text, offset: ws[i]!.start };
    }
    // "North Korean", "South Sudanese": a demonym of two words.
    const next = ws[i + 1];
    const d2 = next && /^\p{Lu}/u.test(ws[i]!.text) ? demonymOfTwo(ws[i]!.lower, next.lower) : undefined;
    if (d2) return { country: d2, reason: reason('demonym'), text: phrase.slice(ws[i]!.start, next!.end), offset: ws[i]!.start };
    let best: [ReturnType<typeof lookup>, number] | undefined;
    for (let k = i; k < ws.length && k - i < MAX_GAZETTEER_WORDS; k++) {
      const g = lookup(phrase.slice(ws[i]!.start, ws[k]!.end));
      if (g && /^\p{Lu}/u.test(ws[i]!.text)) best = [g, k];
    }
    if (!best) continue;
    const [g, k] = best;
    const text = phrase.slice(ws[i]!.start, ws[k]!.end);
    if (g!.country && g!.type !== 'city') return { country: g!.country, reason: reason(TYPE_REASON[g!.type] ?? 'institution'), text, offset: ws[i]!.start };
    if (g!.group === 'international') international ??= { group: 'international', reason: reason('institution'), text, offset: ws[i]!.start };
    i = k;
  }
  return international;
}

/** A demonym or country word at a word, for reading the article around a source. */
export function countryWord(word: string): { country: string; reason: string } | undefined {
  const d = demonymCountry(word);
  if (d) return { country: d, reason: 'demonym' };
  const g = lookup(word);
  if (g?.country && (g.type === 'country' || g.type === 'capital' || g.type === 'seat' || g.type === 'group')) return { country: g.country, reason: TYPE_REASON[g.type]! };
  return undefined;
}
