/**
 * Two checks on names that PolNeAR's scorer cannot see (it compares spans, not whom a pronoun
 * means or how a name is written), over every PolNeAR article (train and dev):
 *
 *   npm run eval:names
 *
 * 1. Pronouns: of the claims whose source is "he" or "she", resolved to a person whose given name
 *    has a gender in compromise's lexicon (MaleName / FemaleName tags), how many got a person of
 *    the other one ("she" → Donald Trump). The resolver reads the same lexicon, so 0 shows that
 *    the rule holds everywhere, not that every pronoun found its person: a sample of the changes
 *    was checked by hand (see the commit that added the rule).
 * 2. Headline debris: entity names holding a reporting verb in the third person or the past after
 *    their first word ("Donald Trump Praises Breitbart", "Ted Cruz Refuses"), and names of five
 *    words or more. Some are real ("House Ways and Means Committee"); the counts are for
 *    comparing versions.
 */
import { readFileSync } from 'node:fs';
import compromise from 'compromise';
import { analyze } from '../lib/analyze';
import { cueVerb } from '../lib/claims/lexicon';

const root = new URL('..', import.meta.url).pathname;
const lexicon = (compromise.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } })
  .model.one.lexicon;
const gender = new Map<string, 'f' | 'm'>();
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  if (list.includes('FemaleName')) gender.set(word, 'f');
  else if (list.includes('MaleName')) gender.set(word, 'm');
}

const texts = ['train', 'dev'].flatMap((split) =>
  readFileSync(`${root}../shared/eval/polnear/${split}.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);

let pronouns = 0;
let gendered = 0;
let crossed = 0;
let entities = 0;
let withVerb = 0;
let long = 0;
const examples: string[] = [];
for (const text of texts) {
  const a = analyze(text);
  for (const c of a.claims) {
    const p = c.source.mention?.text.toLowerCase();
    if (p !== 'he' && p !== 'she') continue;
    pronouns++;
    const g = gender.get(c.source.name.split(/\s+/)[0]!.toLowerCase());
    if (!g) continue;
    gendered++;
    if ((p === 'she') !== (g === 'f')) {
      crossed++;
      if (examples.length < 5) examples.push(`"${p}" → ${c.source.name}`);
    }
  }
  for (const e of a.entities) {
    entities++;
    const words = e.name.split(/\s+/);
    if (words.length >= 5) long++;
    if (words.some((w, i) => i > 0 && ['3sg', 'past'].includes(cueVerb(w.toLowerCase())?.form ?? ''))) withVerb++;
  }
}

console.log(`eval:names: ${texts.length} PolNeAR articles (train and dev)`);
console.log(
  `  "he"/"she" sources: ${pronouns}; resolved to a person with a gendered given name: ${gendered}; of the other gender: ${crossed}${examples.length ? ` (${examples.join(', ')})` : ''}`,
);
console.log(
  `  entities: ${entities}; holding a reporting verb (3sg or past) after the first word: ${withVerb}; of five words or more: ${long}`,
);
