/**
 * Builds given-names.json from the lexicon of the `compromise` package (MIT): the words it tags
 * as first names, by gender where it gives one (and, separately, common surnames). Used as evidence
 * that a capitalised pair of words is a person's name ("Tom Forte"), and to keep "she" from
 * resolving to Donald Trump; shipped as data so the content script does not need compromise
 * itself. Run: npx tsx data/gazetteers/build-names.ts
 */
import nlp from 'compromise';
import { writeFileSync } from 'node:fs';

/**
 * Given names of people in the news that compromise lacks (often because the word is also a
 * noun or a verb: "Bill", "Mark"), or has without a gender. Chosen from the names PolNeAR's
 * articles give whole ("Bill Clinton", "Jeb Bush", "Ivanka Trump") and world leaders'.
 */
const SUPPLEMENT = {
  male: ['bill', 'bob', 'rob', 'mark', 'nick', 'jeb', 'mitt', 'newt', 'barack', 'reince', 'bashar', 'shinzo', 'narendra'],
  female: ['ivanka', 'melania', 'kellyanne', 'huma'],
};

const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
const tagged = (re: RegExp) =>
  Object.entries(lexicon)
    .filter(([w, t]) => /^[a-z][a-z'-]+$/.test(w) && (Array.isArray(t) ? t : [t]).some((x) => re.test(x)))
    .map(([w]) => w);
const gendered = new Set([...SUPPLEMENT.male, ...SUPPLEMENT.female]);
const sorted = (words: string[]) => [...new Set(words)].sort();
writeFileSync(
  new URL('./given-names.json', import.meta.url),
  `${JSON.stringify({
    _source:
      'Generated from the compromise 14.17.0 lexicon (MIT) by build-names.ts: words tagged FemaleName, MaleName, FirstName (neither), and LastName; with a few names of people in the news it lacks (SUPPLEMENT there).',
    female: sorted([...tagged(/FemaleName/), ...SUPPLEMENT.female]),
    male: sorted([...tagged(/MaleName/), ...SUPPLEMENT.male]),
    given: sorted(tagged(/FirstName/).filter((w) => !/FemaleName|MaleName/.test(String(lexicon[w])) && !gendered.has(w))),
    surnames: sorted(tagged(/LastName/)),
  })}\n`,
);
