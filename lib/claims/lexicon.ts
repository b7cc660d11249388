import cueNouns from '../../data/lexicons/cue-nouns.json';
import learnedCues from '../../data/lexicons/learned-cues.json';
import roles from '../../data/lexicons/roles.json';
import verbs from '../../data/lexicons/reporting-verbs.json';

/**
 * The attribution lexicons (data/lexicons/*.json, sources noted there) as lookups built once at
 * module load: every inflected form of a reporting or belief verb → what kind of cue it is.
 */

export type VerbClass = 'speech' | 'belief';
export type VerbForm = 'base' | '3sg' | 'past' | 'ing';

export interface CueVerb {
  lemma: string;
  cls: VerbClass;
  /** Takes a hearer object before the content ("told reporters that …"). */
  tell: boolean;
  /** Only a cue with an explicit complement ("that", a quotation, a colon), never bare. */
  weak: boolean;
  form: VerbForm;
  /** Learned from the training corpus (data/lexicons/learned-cues.json): its object is the content. */
  learned?: boolean;
}

const irregular = verbs.irregular as unknown as Record<string, [string, string, string, string]>;
const tellClass = new Set(verbs.tellClass);
const weak = new Set(verbs.beliefWeak);
const VOWEL = /[aeiou]/;

/** Regular inflections; a doubled final consonant is generated as well ("admitted", "regretting"). */
function inflect(lemma: string): Array<[string, VerbForm]> {
  const irr = irregular[lemma];
  if (irr) return [[lemma, 'base'], [irr[0], '3sg'], [irr[1], 'past'], [irr[2], 'past'], [irr[3], 'ing']];
  const last = lemma[lemma.length - 1]!;
  const beforeLast = lemma[lemma.length - 2] ?? '';
  const out: Array<[string, VerbForm]> = [[lemma, 'base']];
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) out.push([lemma + 'es', '3sg']);
  else if (last === 'y' && !VOWEL.test(beforeLast)) out.push([lemma.slice(0, -1) + 'ies', '3sg']);
  else out.push([lemma + 's', '3sg']);
  if (last === 'e') out.push([lemma + 'd', 'past'], [lemma.slice(0, -1) + 'ing', 'ing']);
  else if (last === 'y' && !VOWEL.test(beforeLast)) out.push([lemma.slice(0, -1) + 'ied', 'past'], [lemma + 'ing', 'ing']);
  else {
    out.push([lemma + 'ed', 'past'], [lemma + 'ing', 'ing']);
    if (/[^aeiou][aeiou][bdglmnprt]$/.test(lemma)) out.push([lemma + last + 'ed', 'past'], [lemma + last + 'ing', 'ing']);
  }
  return out;
}

const forms = new Map<string, CueVerb>();
function addVerbs(lemmas: string[], cls: VerbClass): void {
  for (const lemma of lemmas) {
    if (lemma.includes(' ')) continue; // phrasal cues ("point out") are matched by their verb
    for (const [word, form] of inflect(lemma)) {
      if (forms.has(word)) continue;
      forms.set(word, { lemma, cls, tell: tellClass.has(lemma), weak: weak.has(lemma), form });
    }
  }
}
addVerbs(verbs.speech, 'speech');
addVerbs(verbs.belief, 'belief');
for (const word of Object.keys(learnedCues.forms)) {
  if (!forms.has(word)) forms.set(word, learnedVerb(word));
}

/** A cue form learned from the corpus (a lexicon or a model): its object is the content. */
export function learnedVerb(word: string): CueVerb {
  const form: VerbForm = word.endsWith('ing') ? 'ing' : word.endsWith('s') ? '3sg' : /ed$|^(laid|sought|shown)$/.test(word) ? 'past' : 'base';
  return { lemma: word, cls: 'speech', tell: false, weak: false, form, learned: true };
}

/** The cue verb a lower-case word is a form of, if any. */
export function cueVerb(lower: string): CueVerb | undefined {
  return lookupForms.get(lower);
}

/** Forms whose claims were mostly wrong on the training corpus (learned-cues.json `blocked`). */
const blocked = new Set<string>((learnedCues as { blocked?: string[] }).blocked ?? []);
/** The forms without the blocked ones: one lookup a word. */
const unblocked = new Map([...forms].filter(([word]) => !blocked.has(word)));
let lookupForms = unblocked;
/** For scripts/learn-cues.ts: measure every form, blocked or not. */
export function useLearnedFilters(on: boolean): void {
  lookupForms = on ? unblocked : forms;
}

/** Nouns that report speech or belief before a "that" clause ("Moscow's claim that …"). */
export const CUE_NOUNS: ReadonlySet<string> = new Set(cueNouns.nouns);

/** Role nouns for people ("official", "spokeswoman") and organisations ("ministry"). */
export const PERSON_ROLES: ReadonlySet<string> = new Set(roles.personRoles);
export const ORG_NOUNS: ReadonlySet<string> = new Set(roles.orgNouns);

/** Words of the same role group ("official" ~ "representative" ~ "brigade"), for definite descriptions. */
const groups = Object.entries(roles.roleGroups).filter(([k]) => !k.startsWith('_')) as Array<[string, string[]]>;
const groupsOf = new Map<string, string[]>();
for (const [name, words] of groups) {
  for (const w of words) groupsOf.set(w, [...(groupsOf.get(w) ?? []), name]);
}
export function roleGroups(word: string): readonly string[] {
  return groupsOf.get(word) ?? [];
}
