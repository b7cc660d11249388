import { demonymCountry, LEX, lookup, norm } from './gazetteer';
import type { Word } from './words';

/**
 * Roles and locations as the article states them, read from the words around a mention:
 * a title before a name ("Russia’s Ambassador to the UN Vasily Nebenzya"), an appositive after it
 * ("Maria Zakharova, a Foreign Ministry spokeswoman,"), and for places the place that contains
 * them ("the village of Guyevo, located in Russia’s Kursk region").
 */

const ROLE_LINKS = new Set(['to', 'of', 'the', 'for', 'at']);
const MAX_ROLE_WORDS = 10;
const MAX_APPOSITIVE_WORDS = 14;
const SAME_PHRASE = /^[ \u00a0]$/;

function isRoleWord(w: Word): boolean {
  return w.cap || LEX.titles.has(w.lower) || ROLE_LINKS.has(w.lower) || !!demonymCountry(w.lower);
}

function hasTitleHead(ws: Word[]): boolean {
  return ws.some((w) => LEX.titleHeads.has(w.lower) || LEX.titleHeads.has(`${w.lower}.`));
}

/** The title written right before the name that starts at words[i], if any. */
export function roleBefore(text: string, words: Word[], i: number): string | undefined {
  // "the leader of Ennahda": a title before "of" is the title of someone else.
  const before = words[i - 1];
  if (!before || ROLE_LINKS.has(before.lower)) return undefined;
  // "Yahoo’s chief executive, Marissa Mayer,": a title, a comma, the name, and the clause goes on.
  const commaBefore = /^,[ \u00a0]$/.test(words[i]!.gapBefore);
  if (commaBefore) {
    if (!LEX.titleHeads.has(before.lower)) return undefined;
    let k = i + 1;
    while (k < words.length && k - i < 4 && words[k]!.cap && SAME_PHRASE.test(words[k]!.gapBefore)) k++;
    const close = text[words[k - 1]!.end];
    if (close !== undefined && close !== ',' && close !== '.' && close !== ')') return undefined;
  } else if (!SAME_PHRASE.test(words[i]!.gapBefore)) {
    return undefined;
  }
  let j = i - 1;
  while (j > 0 && i - j < MAX_ROLE_WORDS) {
    const w = words[j - 1]!;
    const gapOk = SAME_PHRASE.test(words[j]!.gapBefore);
    // "co-founder and CEO": "and" between two titles.
    const andOk = w.lower === 'and' && LEX.titles.has(words[j]!.lower) && j >= 2 && LEX.titles.has(words[j - 2]!.lower);
    if (!gapOk || (!isRoleWord(w) && !andOk)) break;
    j--;
  }
  let ws = words.slice(j, i);
  // Trim what opens the clause rather than the title ("According to", "the").
  while (
    ws.length &&
    (ROLE_LINKS.has(ws[0]!.lower) ||
      (LEX.stopwords.has(ws[0]!.lower) && !LEX.titles.has(ws[0]!.lower)) ||
      ws[0]!.lower === 'according')
  )
    ws = ws.slice(1);
  while (ws.length && ROLE_LINKS.has(ws[ws.length - 1]!.lower)) ws = ws.slice(0, -1);
  // A title in the possessive names someone else's thing: "Mother's Day", "Fisherman's Terminal".
  if (!ws.length || !hasTitleHead(ws.filter((w) => !w.poss))) return undefined;
  if (ws.every((w) => LEX.honorifics.has(w.lower.replace(/\.$/, '')))) return undefined;
  // Keep the title's own words: from the first word to the end of the last (with its ’s).
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  return text.slice(first.start, last.poss ? last.end + 2 : last.end).trim();
}

const APPOSITIVE =
  /^,\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+)?((?:[^,.;:!?\n“”"()]|(?<=\b\p{Lu})\.){2,160}?)(?=\s*(?:,|(?<!\b\p{Lu})\.(?:\s|$)|;|\)|\n|$)|\s+(?:who|whose|which|where|said|says|told|added|has|had|is|was)\b)/u;

/** The appositive after a name ending at `end`: "…, a Foreign Ministry spokeswoman," → role. */
export function roleAfter(text: string, end: number): string | undefined {
  const m = APPOSITIVE.exec(text.slice(end, end + 220));
  if (!m) return undefined;
  // "a fellow at the Urban Institute and a co-founder of …": the first of two roles.
  let phrase = m[1]!.trim().split(/\s+and\s+(?:a|an|the)\s+/)[0]!;
  let ws = phrase.split(/\s+/);
  // Too long for one role: the part before an "and" ("leader of the opposition Democratic Party
  // and Yoon's rival in the 2022 presidential election").
  const cut = ws.length > MAX_APPOSITIVE_WORDS;
  if (cut) {
    // Not inside a name ("Center for American Women and Politics"): an "and" between two
    // capitalised words, the second not a possessive, joins a name.
    const k = ws.findIndex(
      (w, i) =>
        w === 'and' &&
        !(/^\p{Lu}/u.test(ws[i - 1] ?? '') && /^\p{Lu}/u.test(ws[i + 1] ?? '') && !/['’]s$/.test(ws[i + 1]!)),
    );
    if (k > 0) ws = ws.slice(0, k);
    phrase = ws.join(' ');
  }
  if (ws.length > MAX_APPOSITIVE_WORDS) return undefined;
  const lower = ws.map((w) => norm(w).replace(/'s$/, ''));
  // A part cut from a long phrase is a role only if it opens with its title ("leader of …", not
  // "a regular update provided by former Attorney General Ken Cuccinelli").
  if (cut && !lower.slice(0, 3).some((w) => LEX.titleHeads.has(w))) return undefined;
  // "a fellow at the Urban Institute": "fellow" is a title only in an appositive.
  if (!lower.some((w) => LEX.titleHeads.has(w) || w === 'fellow')) return undefined;
  if (lower.some((w) => LEX.personVerbs.has(w) && w !== 'who')) return undefined;
  const first = ws[0]!;
  if (
    !/^\p{Lu}/u.test(first) &&
    !LEX.titles.has(lower[0]!) &&
    !demonymCountry(lower[0]!) &&
    !/^(?:a|an|the)\s/.test(m[0].slice(1).trim()) &&
    !bareTitle(ws, lower)
  ) {
    return undefined;
  }
  return phrase;
}

/**
 * "…, political science professor at Seton Hall University", "…, legal director for …": lower-case
 * words then their title, within the first four, with no article.
 */
function bareTitle(ws: string[], lower: string[]): boolean {
  for (let k = 1; k < 4 && k < ws.length; k++) {
    const w = lower[k - 1]!;
    if (!/^\p{Ll}+$/u.test(ws[k - 1]!) || LEX.stopwords.has(w) || /(?:ed|ing)$/.test(w)) return false;
    if (LEX.titleHeads.has(lower[k]!)) return /^\p{Ll}/u.test(ws[k]!);
  }
  return false;
}

const PLACE_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;
const LOCATED_IN = new RegExp(
  String.raw`^,?\s+(?:(?:located|situated|which is|that is|a (?:village|town|city|region|district) )\s*)?in\s+(?:the\s+)?(?:(${PLACE_NAME})['’]s\s+)?(${PLACE_NAME})(?:\s+(region|oblast|province|district|county|state|area|governorate))?`,
  'u',
);
const COMMA_PLACE = new RegExp(String.raw`^,\s+(${PLACE_NAME})(?=[,.;\s]|$)`, 'u');

/** What contains the place whose mention ends at `end` ("Kursk region, Russia"), if the text says. */
export function withinAfter(text: string, end: number, selfName: string): string | undefined {
  const slice = text.slice(end, end + 120);
  const m = LOCATED_IN.exec(slice);
  if (m) {
    const owner = m[1];
    const place = m[3] ? `${m[2]} ${m[3]}` : m[2]!;
    if (norm(place) === norm(selfName)) return undefined;
    // "in South Carolina in June": a date, not a place.
    const first = (/^\p{L}+/u.exec(m[2]!)?.[0] ?? '').toLowerCase();
    if (LEX.months.has(first) || LEX.weekdays.has(first)) return undefined;
    const ownerName = owner ? (lookup(owner)?.name ?? owner) : undefined;
    return ownerName ? `${place}, ${ownerName}` : (lookup(place)?.name ?? place);
  }
  const c = COMMA_PLACE.exec(slice);
  if (c) {
    const e = lookup(c[1]!);
    if (e?.type === 'country' && e.name !== selfName) return e.name;
  }
  return undefined;
}
