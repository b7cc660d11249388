import { type Gender, nameGender } from '../nlp/gazetteer';
import type { Entity, Span } from '../types';

/*
 * Whether a person is a woman or a man, as far as the article or a name tells: so that "she" is
 * not resolved to Donald Trump, nor "he" to Hillary Clinton (lib/claims/resolve.ts).
 */
export type { Gender };

/** "he" or "she" in the clause after a name: no stop, comma or quotation mark between. */
const PRONOUN_AFTER = /^[^.!?…\n,;:“”"‘’«»()]{0,60}?\b(he|she)\b/i;

/** The genders of one article's people, found when a pronoun first asks. */
export class Genders {
  private readonly known = new Map<Entity, Gender | null>();
  private counted = false;

  /**
   * @param mentions every entity mention of the article, in text order
   * @param words how resolve.ts splits a phrase into lower-case words
   */
  constructor(
    private readonly text: string,
    private readonly mentions: ReadonlyArray<{ m: Span; entity: Entity }>,
    private readonly words: (phrase: string) => readonly string[],
  ) {}

  /**
   * A person's gender: as the article's own pronouns after their name say, else by their given
   * name ("Maria"), else by the words of their role ("spokeswoman").
   */
  of(entity: Entity): Gender | undefined {
    if (entity.kind !== 'person') return undefined;
    if (!this.counted) this.countVotes();
    let g = this.known.get(entity);
    if (g === undefined) {
      g = nameGender(entity.name.split(/\s+/)[0]!.toLowerCase()) ?? genderOf(this.words(entity.role ?? '')) ?? null;
      this.known.set(entity, g);
    }
    return g ?? undefined;
  }

  /**
   * The article's word on its people: a "he" or "she" in the clause after a mention of a person,
   * before the next name ("Graham said he …"), votes for that person's gender; two votes or more,
   * three to one, decide over the given name ("Lindsey" is most often a woman's).
   */
  private countVotes(): void {
    this.counted = true;
    const { text, mentions } = this;
    const votes = new Map<Entity, { he: number; she: number }>();
    for (let k = 0; k < mentions.length; k++) {
      const { m, entity } = mentions[k]!;
      if (entity.kind !== 'person') continue;
      const next = mentions[k + 1]?.m.start ?? text.length;
      const found = PRONOUN_AFTER.exec(text.slice(m.end, Math.min(next, m.end + 70)));
      if (!found) continue;
      let v = votes.get(entity);
      if (!v) votes.set(entity, (v = { he: 0, she: 0 }));
      if (found[1]!.toLowerCase() === 'she') v.she++;
      else v.he++;
    }
    for (const [entity, { he, she }] of votes) {
      if (he >= 2 && he >= 3 * she) this.known.set(entity, 'm');
      else if (she >= 2 && she >= 3 * he) this.known.set(entity, 'f');
    }
  }
}

const FEMALE_WORDS = new Set([
  'woman', 'mother', 'wife', 'daughter', 'sister', 'queen', 'princess', 'actress', 'mrs', 'ms', 'lady', 'girl',
  'grandmother', 'widow', 'aunt', 'niece',
]);
const MALE_WORDS = new Set([
  'man', 'father', 'husband', 'son', 'brother', 'king', 'prince', 'mr', 'sir', 'boy', 'grandfather', 'widower', 'uncle',
  'nephew', 'spokesman', 'chairman', 'congressman', 'businessman', 'councilman', 'assemblyman', 'alderman', 'anchorman',
  'policeman', 'fireman', 'cameraman', 'statesman', 'frontman', 'clergyman', 'serviceman', 'countryman',
]);

/** The gender the words of a name or role say ("spokeswoman", "the chairman", "Mrs"), if any. */
export function genderOf(words: readonly string[]): Gender | undefined {
  for (const w of words) {
    if (FEMALE_WORDS.has(w) || w.endsWith('woman')) return 'f';
    if (MALE_WORDS.has(w)) return 'm';
  }
  return undefined;
}
