import countriesData from '../../data/gazetteers/countries.json';
import institutions from '../../data/gazetteers/institutions.json';
import names from '../../data/gazetteers/given-names.json';
import lexicon from '../../data/gazetteers/lexicon.json';
import type { EntityKind } from '../types';

/**
 * Lookups over the shipped gazetteers (data/gazetteers/*.json): countries with their demonyms and
 * capitals (from world-countries), seats of power, international bodies and news media (hand
 * compiled), and the word lists the entity rules use. Built once, at module load.
 */

export type Group = 'international' | 'media' | 'experts';

export interface GazetteerEntry {
  /** Canonical name ("United States", "Kyiv", "Kremlin"). */
  name: string;
  kind: EntityKind;
  /** ISO alpha-2 code of the country the entry is, is in, or belongs to. */
  country?: string;
  /** Group side for bodies that are not a country's (UN, CNN). */
  group?: Group;
  /** How the glossary describes it ("country", "capital of Russia", "news organisation"). */
  description: string;
  type: 'country' | 'capital' | 'seat' | 'international' | 'media' | 'ngo' | 'group' | 'city';
}

export interface Country {
  name: string;
  code: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
}

/** Normalises a surface form for lookup: lower case, straight apostrophes, single spaces. */
export function norm(s: string): string {
  // Most keys are one ASCII word: one scan decides, without a regular expression.
  let upper = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 45) continue;
    if (c >= 65 && c <= 90) upper = true;
    else if (c !== 32 || i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 32) {
      return s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
    }
  }
  return upper ? s.toLowerCase() : s;
}

const countries: Country[] = (countriesData as { countries: Country[] }).countries.map((c) => ({ ...c }));
export const countryByCode = new Map<string, Country>();
const byKey = new Map<string, GazetteerEntry>();
const demonymToCode = new Map<string, string>();

function add(key: string, entry: GazetteerEntry, override = false): void {
  const k = norm(key);
  if (!k || (!override && byKey.has(k))) return;
  byKey.set(k, entry);
}

for (const c of countries) countryByCode.set(c.code, c);

// Aliases first: they decide the canonical name ("Turkey" rather than "Türkiye").
for (const a of institutions.aliases) {
  const c = countries.find((x) => x.name === a.name || a.variants.includes(x.name) || x.names.includes(a.name));
  if (!c) continue;
  c.name = a.name;
}
for (const c of countries) {
  const entry: GazetteerEntry = {
    name: c.name,
    kind: 'place',
    country: c.code,
    description: 'country',
    type: 'country',
  };
  add(c.name, entry);
  for (const n of c.names) add(n, entry);
  for (const d of c.demonyms) {
    const k = norm(d);
    if (!demonymToCode.has(k)) demonymToCode.set(k, c.code);
    if (!/(?:ese|ish|ch|sh|s|i)$/.test(k) && !demonymToCode.has(`${k}s`)) demonymToCode.set(`${k}s`, c.code);
    if (/i$/.test(k) && !demonymToCode.has(`${k}s`)) demonymToCode.set(`${k}s`, c.code);
  }
}
for (const a of institutions.aliases) {
  const entry = byKey.get(norm(a.name));
  if (entry) for (const v of a.variants) add(v, entry, true);
}
for (const a of institutions.capitalAliases) {
  const country = countryByCode.get(a.country)?.name ?? a.country;
  const entry: GazetteerEntry = {
    name: a.name,
    kind: 'place',
    country: a.country,
    description: `city, ${country}`,
    type: 'capital',
  };
  add(a.name, entry, true);
  for (const v of a.variants) add(v, entry, true);
}
for (const c of countries) {
  for (const cap of c.capitals) {
    const entry: GazetteerEntry = {
      name: cap,
      kind: 'place',
      country: c.code,
      description: `capital of ${c.name}`,
      type: 'capital',
    };
    add(cap, entry);
  }
}
// The aliases of capitals (Kiev → Kyiv) take the capital's description.
for (const a of institutions.capitalAliases) {
  const c = countryByCode.get(a.country);
  if (c && c.capitals.includes(a.name)) {
    const e = byKey.get(norm(a.name));
    if (e) e.description = `capital of ${c.name}`;
  }
}
for (const s of institutions.seats) {
  const entry: GazetteerEntry = {
    name: s.name,
    kind: /^(Gaza|West Bank)/.test(s.name) ? 'place' : 'organization',
    country: s.country,
    description: s.description,
    type: 'seat',
  };
  add(s.name, entry, true);
  for (const v of s.variants ?? []) add(v, entry, true);
}
for (const s of institutions.international) {
  const entry: GazetteerEntry = {
    name: s.name,
    kind: 'organization',
    group: 'international',
    description: s.description,
    type: 'international',
  };
  add(s.name, entry, true);
  for (const v of s.variants ?? []) add(v, entry, true);
}
for (const s of institutions.media) {
  const entry: GazetteerEntry = {
    name: s.name,
    kind: 'organization',
    group: 'media',
    description: 'news organisation',
    type: 'media',
  };
  add(s.name, entry, true);
  for (const v of (s as { variants?: string[] }).variants ?? []) add(v, entry, true);
}

for (const s of institutions.ngos) {
  const entry: GazetteerEntry = {
    name: s.name,
    kind: 'organization',
    group: 'experts',
    description: 'non-governmental organisation',
    type: 'ngo',
  };
  add(s.name, entry, true);
  for (const v of (s as { variants?: string[] }).variants ?? []) add(v, entry, true);
}
for (const s of institutions.groups) {
  const entry: GazetteerEntry = {
    name: s.name,
    kind: 'organization',
    country: s.country,
    description: s.description,
    type: 'group',
  };
  add(s.name, entry, true);
  for (const v of s.variants ?? []) add(v, entry, true);
}
for (const s of institutions.cities) {
  const country = countryByCode.get(s.country)?.name ?? s.country;
  const entry: GazetteerEntry = {
    name: s.name,
    kind: 'place',
    country: s.country,
    description: `in ${country}`,
    type: 'city',
  };
  add(s.name, entry);
  for (const v of s.variants ?? []) add(v, entry);
}

for (const r of institutions.regions) {
  add(r.name, { name: r.name, kind: 'place', description: 'region', type: 'city' });
}

/** The longest number of words in a gazetteer name, to bound the longest-match search. */
export const MAX_GAZETTEER_WORDS = Math.max(...[...byKey.keys()].map((k) => k.split(' ').length));

const firstWords = new Set([...byKey.keys()].map((k) => k.split(' ')[0]!));
/** First words that end with a full stop ("u.s."), without it: a word matches them with no new string. */
const dottedFirstWords = new Set([...firstWords].filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)));

/** Whether some gazetteer name starts with this word: a cheap test before building phrases. */
export function startsGazetteerName(lower: string): boolean {
  return lower === 'the' || firstWords.has(lower) || dottedFirstWords.has(lower);
}

/** Gazetteer entry for a surface form ("U.S.", "Kiev", "the Kremlin" → Kremlin). */
export function lookup(surface: string): GazetteerEntry | undefined {
  const k = norm(surface);
  // An acronym that is also a word or a name is the acronym only in capitals: "WHO", not "Who
  // knows"; "US", not "Let Us Pray"; "RAND", not "Rand Paul".
  if (WORD_ACRONYMS.has(k) && surface !== surface.toUpperCase()) return undefined;
  return byKey.get(k) ?? (k.startsWith('the ') ? byKey.get(k.slice(4)) : undefined);
}
const WORD_ACRONYMS = new Set(['who', 'us', 'rand']);

/** First words of the demonyms of two words, lower case and capitalised ("north", "North"). */
const demonymFirstWords = new Set(
  [...demonymToCode.keys()]
    .filter((k) => k.includes(' '))
    .map((k) => k.split(' ')[0]!)
    .flatMap((f) => [f, f[0]!.toUpperCase() + f.slice(1)]),
);

/** ISO code for a demonym of two words ("North", "Korean"; "south", "sudanese"). */
export function demonymOfTwo(first: string, second: string): string | undefined {
  return demonymFirstWords.has(first) ? demonymToCode.get(`${norm(first)} ${norm(second)}`) : undefined;
}

/** ISO code for a demonym, singular or plural ("Ukrainian", "Russians"). */
export function demonymCountry(word: string): string | undefined {
  const code = demonymToCode.get(word);
  if (code !== undefined) return code;
  const k = norm(word);
  return k === word ? undefined : demonymToCode.get(k);
}

export function countryName(code: string): string {
  return countryByCode.get(code)?.name ?? code;
}

/** Country whose common name (after aliases) is `name`. */
export function countryByName(name: string): Country | undefined {
  const e = lookup(name);
  return e?.type === 'country' && e.country ? countryByCode.get(e.country) : undefined;
}

const set = (xs: string[]) => new Set(xs.map(norm));

/** The word lists of data/gazetteers/lexicon.json as sets (lower case). */
export const LEX = {
  titles: set(lexicon.titles),
  titleHeads: set(lexicon.titleHeads),
  honorifics: set(lexicon.honorifics),
  orgHeads: set(lexicon.orgHeads),
  mediaHeads: set(lexicon.mediaHeads),
  expertHeads: set(lexicon.expertHeads),
  placeHeads: set(lexicon.placeHeads),
  placeContextAfter: set(lexicon.placeContextAfter),
  placeContextBefore: set(lexicon.placeContextBefore),
  placeNounsOf: set(lexicon.placeNounsOf),
  personVerbs: set(lexicon.personVerbs),
  agentNouns: set(lexicon.agentNouns),
  expertWords: set(lexicon.expertWords),
  mediaWords: set(lexicon.mediaWords),
  internationalWords: set(lexicon.internationalWords),
  stopwords: set(lexicon.stopwords),
  weekdays: set(lexicon.weekdays),
  months: set(lexicon.months),
  nonNames: set(lexicon.nonNames),
  nameParticles: set(lexicon.nameParticles),
  thingHeads: set(lexicon.thingHeads),
  orgContextAfter: set(lexicon.orgContextAfter),
  orgTails: set(lexicon.orgTails),
  placeTails: set(lexicon.placeTails),
  givenNames: set([...names.female, ...names.male, ...names.given]),
  surnames: set(names.surnames),
  groupWords: set(lexicon.groupWords),
};

const FEMALE_NAMES = new Set(names.female);
const MALE_NAMES = new Set(names.male);
/** A person's gender, as far as a name or the article tells ("Maria", "Mrs.", "she"). */
export type Gender = 'f' | 'm';

/** The gender a given name (lower case) usually has, where the name lexicon gives one. */
export function nameGender(given: string): Gender | undefined {
  return FEMALE_NAMES.has(given) ? 'f' : MALE_NAMES.has(given) ? 'm' : undefined;
}
