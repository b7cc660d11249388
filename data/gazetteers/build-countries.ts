/**
 * Builds countries.json from the `world-countries` package (ODbL; mledoze/countries): for each
 * country its common name, English official name, plausible English alternative spellings,
 * demonyms, capitals and ISO alpha-2 code. Kept small because it ships in the content script.
 * Run: npx tsx data/gazetteers/build-countries.ts
 *
 * Sovereign states come first: where a territory shares a demonym or a name with its state
 * ("American" is the Northern Mariana Islands' demonym too, "French" the French Southern Lands',
 * "Dutch" the Caribbean Netherlands'), the first entry wins the lookup, and it must be the state.
 */
import countries from 'world-countries';
import { writeFileSync } from 'node:fs';

/** Alternative spellings that are English words or surnames ("Island" for Iceland, "Mann" for the Isle of Man). */
const NOT_NAMES = new Set(['Island', 'Mann', 'Mannin']);

const sovereignFirst = [...countries.filter((c) => c.independent), ...countries.filter((c) => !c.independent)];
const out = sovereignFirst.map((c) => {
  const alt = c.altSpellings.filter(
    (s) =>
      /^[A-Z][A-Za-z .'-]+$/.test(s) && s.length >= 4 && !s.includes(',') && s !== c.name.common && !NOT_NAMES.has(s),
  );
  const dem = c.demonyms?.eng;
  return {
    name: c.name.common,
    code: c.cca2,
    names: [...new Set([c.name.official, ...alt].filter((s) => s !== c.name.common))],
    demonyms: [...new Set([dem?.m, dem?.f].filter((s): s is string => !!s && s.length > 2))],
    capitals: c.capital ?? [],
  };
});
writeFileSync(
  new URL('./countries.json', import.meta.url),
  JSON.stringify({ _source: 'Generated from world-countries 5.1.0 (ODbL) by build-countries.ts', countries: out }) +
    '\n',
);
console.log(out.length, 'countries');
