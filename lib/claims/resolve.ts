import type { ClaimSource, Entity, Span } from '../types';
import { type Gender, Genders, genderOf } from './gender';
import { ORG_NOUNS, PERSON_ROLES, roleGroups } from './lexicon';
import { DEFINITE, DETERMINERS } from './words';

/** A source mention to resolve, in text order of its cue. */
export interface RawSource {
  mention: [number, number] | null;
  cue: number;
}

export interface Resolved {
  source: ClaimSource;
  confidence: number;
}

interface Candidate {
  name: string;
  words: readonly string[];
  at: number;
  person: boolean;
  plural: boolean;
  entity?: Entity;
  /** A claim's source (rather than any mention): preferred, as the topic of the passage. */
  source: boolean;
}

/** How far back (characters) a pronoun or a definite description looks for what it refers to. */
const WINDOW = 2500;

/**
 * Resolves each source mention to what it refers to: a name inside the mention to its entity
 * ("Zakharova" → Maria Zakharova), a pronoun to the nearest compatible source before it ("he" →
 * the last person; "they" → a group or an organisation), a definite description ("the ministry",
 * "the military official") to the latest source whose name or role shares its head noun or role
 * group. Linear: mentions are visited in order with one pointer; look-backs are bounded.
 */
export function resolveSources(text: string, sources: RawSource[], entities: Entity[]): Resolved[] {
  wordsMemo.clear();
  const mentions = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ m, entity })))
    .sort((a, b) => a.m.start - b.m.start);
  const genders = new Genders(text, mentions, wordsOf);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const recent: Candidate[] = [];
  let mi = 0;
  const out: Resolved[] = [];
  const pushCandidate = (c: Candidate) => {
    recent.push(c);
    if (recent.length > 64) recent.splice(0, recent.length - 48);
  };

  for (const raw of sources) {
    const limit = raw.mention ? raw.mention[0] : raw.cue;
    while (mi < mentions.length && mentions[mi]!.m.end <= limit) {
      const { m, entity } = mentions[mi]!;
      pushCandidate(entityCandidate(entity, m.start));
      mi++;
    }
    if (!raw.mention) {
      out.push({ source: { mention: null, name: 'Unnamed source' }, confidence: 0.5 });
      continue;
    }
    const [s, e] = raw.mention;
    const mention = span(text, s, e);
    const result = resolveOne(text, mention, mentions, recent, genders);
    out.push(result);
    const src = result.source;
    const entity = src.entityId ? byId.get(src.entityId) : undefined;
    pushCandidate({
      name: src.name,
      words: wordsOf(src.name + ' ' + (src.role ?? '')),
      at: s,
      person: entity ? entity.kind === 'person' : isPersonDescription(src.name),
      plural: !entity && /s$/.test(lastWord(src.name)),
      entity,
      source: true,
    });
  }
  return out;
}

function resolveOne(
  text: string,
  mention: Span,
  mentions: Array<{ m: Span; entity: Entity }>,
  recent: Candidate[],
  genders: Genders,
): Resolved {
  const lower = mention.text.toLowerCase().replace(/’/g, "'");
  const words = wordsOf(lower);
  const bare = stripDeterminer(mention.text);
  const pronoun = words.length === 1 ? words[0]! : '';

  if (['he', 'she', 'him', 'her', 'they', 'them', 'it', 'who'].includes(pronoun)) {
    const wantPerson = pronoun !== 'it' && pronoun !== 'they' && pronoun !== 'them';
    const wantPlural = pronoun === 'they' || pronoun === 'them';
    // "she" is not a man, nor "he" a woman (where the name or the words tell).
    const not = PRONOUN_NOT[pronoun];
    const gender = (c: Candidate) => (c.entity ? genders.of(c.entity) : genderOf(c.words));
    const found = nearest(
      recent,
      mention.start,
      (c) => (wantPerson ? c.person && (!not || gender(c) !== not) : wantPlural ? !c.person || c.plural : !c.person && !c.plural),
      // For "he" or "she", a person known to fit outweighs a name in passing whose gender
      // nothing tells (a source of the passage keeps its weight: the lexicon lacks "Mark").
      not ? (c) => !c.source && gender(c) !== (not === 'f' ? 'm' : 'f') : undefined,
    );
    if (found) return { source: fromCandidate(mention, found), confidence: 0.8 };
    return { source: { mention, name: mention.text }, confidence: 0.5 };
  }
  if (['i', 'we', 'you'].includes(pronoun)) return { source: { mention, name: mention.text }, confidence: 0.5 };

  // Names inside the mention: a person first ("Russia's Ambassador to the UN Vasily Nebenzya").
  const inside: typeof mentions = [];
  for (let k = firstAtOrAfter(mentions, mention.start); k < mentions.length && mentions[k]!.m.start < mention.end; k++) {
    if (mentions[k]!.m.end <= mention.end) inside.push(mentions[k]!);
  }
  // What follows a comma describes the name before it: "Paradis, who volunteered for Bill
  // Clinton", "Tad Devine, a senior adviser to Mr. Sanders". Not a possessive before the comma:
  // "Mr. Trump's former campaign manager, Corey Lewandowski".
  const comma = mention.text.indexOf(',');
  const beforeComma = comma > 0 ? inside.filter(({ m }) => m.end <= mention.start + comma) : [];
  // Two named sources together ("Kiev and Moscow", "Two analysts, Ann Lee and Bo Ma") are one
  // joint source; an "and" in the description of a name does not join them ("Alverson, a
  // commissioner …, which has managed catch limits for U.S. and Canadian fishermen").
  const person = ({ entity }: { entity: Entity }) => entity.kind === 'person';
  // Unless names listed after the comma are what the words before it describe: "two members of
  // Congress from Florida, Ileana Ros-Lehtinen and Carlos Curbelo".
  const listed = comma > 0 && NAME_LIST.test(mention.text.slice(comma + 1)) && !beforeComma.some(person);
  const described = beforeComma.length > 0 && !listed;
  const joined = described ? beforeComma : inside;
  const joinedText = described ? mention.text.slice(0, comma) : mention.text;
  if (joined.length >= 2 && /\s(and|&)\s/.test(joinedText) && new Set(joined.map(({ entity }) => entity.id)).size >= 2) {
    return { source: { mention, name: stripDeterminer(joinedText) }, confidence: 0.8 };
  }
  const people = inside.filter(person);
  const named = beforeComma.filter((x) => person(x) && !POSSESSIVE.test(text.slice(x.m.end, x.m.end + 2)));
  const speaker = named.at(-1) ?? people.at(-1);
  if (speaker) return { source: fromEntity(mention, speaker.entity, speaker.m), confidence: 0.9 };

  const head = headWord(words);
  const definite = DEFINITE.has(words[0] ?? '');
  const capitalised = /\p{Lu}/u.test(mention.text.slice(definite ? words[0]!.length : 0));
  // A definite description: "the ministry", "the military official", "the spokeswoman".
  if (definite && !capitalised && (PERSON_ROLES.has(head) || ORG_NOUNS.has(head))) {
    const found = describe(recent, mention.start, words, head);
    if (found) return { source: fromCandidate(mention, found), confidence: 0.8 };
  }
  // A role before "of": "a representative of Ukraine's 66th Brigade" is the person described.
  // What follows a comma describes it ("Smith, 54", "The minister, speaking on television").
  // A name after it is what it describes ("One of his advisers, Tad Devine").
  if (PERSON_ROLES.has(head) || inside.length === 0) {
    const after = comma > 0 ? mention.text.slice(comma + 1).trim() : '';
    const name = comma <= 0 || listed ? bare : NAME_ONLY.test(after) ? after : stripDeterminer(mention.text.slice(0, comma));
    return { source: { mention, name }, confidence: 0.85 };
  }
  // An organisation or place: the one at the head of the phrase, else the last before a comma
  // ("Even China, Pyongyang's only ally …"), else the last.
  const ending = inside.find(({ m }) => m.end === mention.end) ?? beforeComma.at(-1) ?? inside.at(-1)!;
  return { source: fromEntity(mention, ending.entity, ending.m), confidence: 0.9 };
}

const POSSESSIVE = /^['’]s?/;
/** One to four capitalised words and nothing else: a name. */
const NAME_ONLY = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}$/u;
/** Capitalised words, then "and": a list of names. */
const NAME_LIST = /^\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+)+(?:and|&)\s+\p{Lu}/u;
/** The gender a pronoun rules out. */
const PRONOUN_NOT: Record<string, Gender> = { he: 'f', him: 'f', she: 'm', her: 'm' };

/** Index of the first mention starting at or after `at` (mentions sorted by start). */
function firstAtOrAfter(mentions: Array<{ m: Span }>, at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.m.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The nearest candidate before `before` that is `ok`; a source counts at half its distance, one
 * that is `unlikely` at one and a half.
 */
function nearest(
  recent: Candidate[],
  before: number,
  ok: (c: Candidate) => boolean,
  unlikely?: (c: Candidate) => boolean,
): Candidate | undefined {
  let best: Candidate | undefined;
  let bestScore = Infinity;
  for (let i = recent.length - 1; i >= 0; i--) {
    const c = recent[i]!;
    if (c.at >= before || !ok(c)) continue;
    const distance = before - c.at;
    if (distance > WINDOW) break;
    // Sources of claims are the topic of the passage: they outweigh a name mentioned in passing.
    let score = c.source ? distance * 0.5 : distance;
    if (unlikely?.(c)) score *= 1.5;
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** The latest candidate sharing the description's head noun (or, failing that, its role group). */
function describe(recent: Candidate[], before: number, words: readonly string[], head: string): Candidate | undefined {
  const groups = new Set(words.flatMap((w) => roleGroups(w)));
  let best: Candidate | undefined;
  let bestScore = 0;
  for (let i = recent.length - 1; i >= 0; i--) {
    const c = recent[i]!;
    if (c.at >= before) continue;
    if (before - c.at > WINDOW) break;
    let score = 0;
    if (c.words.includes(head) || c.words.includes(head.replace(/s$/, ''))) score = 3;
    else if (c.words.some((w) => roleGroups(w).some((g) => groups.has(g)))) score = 2;
    if (score > 0 && c.source) score += 0.5;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** The source a pronoun or a description resolves to: the candidate, and its full name's mention. */
function fromCandidate(mention: Span, c: Candidate): ClaimSource {
  const source: ClaimSource = { mention, name: c.name };
  if (c.entity) {
    source.entityId = c.entity.id;
    if (c.entity.role) source.role = c.entity.role;
    const full = c.entity.mentions.find((m) => m.text === c.entity!.name) ?? c.entity.mentions[0];
    if (full) source.resolvedFrom = full;
  }
  return source;
}

function fromEntity(mention: Span, entity: Entity, inside: Span): ClaimSource {
  const source: ClaimSource = { mention, name: entity.name, entityId: entity.id };
  if (entity.role) source.role = entity.role;
  if (inside.text !== entity.name) {
    const full = entity.mentions.find((m) => m.text === entity.name);
    if (full) source.resolvedFrom = full;
  }
  return source;
}

const entityWords = new WeakMap<Entity, readonly string[]>();

function entityCandidate(entity: Entity, at: number): Candidate {
  let words = entityWords.get(entity);
  if (!words) {
    words = wordsOf(entity.name + ' ' + (entity.role ?? ''));
    entityWords.set(entity, words);
  }
  return {
    name: entity.name,
    words,
    at,
    person: entity.kind === 'person',
    plural: false,
    entity,
    source: false,
  };
}

function isPersonDescription(name: string): boolean {
  const words = wordsOf(name);
  return PERSON_ROLES.has(headWord(words)) && !/s$/.test(headWord(words));
}

/** The head noun: the last word before "of"/"from"/"at"/"for"/"in", or the last word. */
function headWord(words: readonly string[]): string {
  const cut = words.findIndex((w, i) => i > 0 && ['of', 'from', 'at', 'for', 'in', 'with', 'on'].includes(w));
  return (cut > 0 ? words[cut - 1] : words.at(-1)) ?? '';
}

/** wordsOf's results in the current resolveSources call: one speaker's name is split once. */
const wordsMemo = new Map<string, readonly string[]>();

function wordsOf(s: string): readonly string[] {
  let words = wordsMemo.get(s);
  if (!words) {
    words = s
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .split(/[^\p{L}\p{N}-]+/u)
      .filter(Boolean);
    wordsMemo.set(s, words);
  }
  return words;
}

function lastWord(s: string): string {
  return wordsOf(s).at(-1) ?? '';
}

function stripDeterminer(s: string): string {
  const m = /^(\S+)\s+/.exec(s);
  if (m && DETERMINERS.has(m[1]!.toLowerCase()) && !/’s$|'s$/.test(m[1]!)) return s.slice(m[0].length);
  return s;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
