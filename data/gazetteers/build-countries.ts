/**
 * Builds countries.json from the `world-countries` package (ODbL; mledoze/countries): for each
 * country its common name, English official name, plausible English alternative spellings,
 * demonyms, capitals and ISO alpha-2 code. Kept small because it ships in the content script.
 * Run: npx tsx data/gazetteers/build-countries.ts
 */
import countries from 'world-countries';
import { writeFileSync } from 'node:fs';

const out = countries.map((c) => {
  const alt = c.altSpellings.filter(
    (s) => /^[A-Z][A-Za-z .'-]+$/.test(s) && s.length >= 4 && !s.includes(',') && s !== c.name.common,
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
  JSON.stringify({ _source: 'Generated from world-countries 5.1.0 (ODbL) by build-countries.ts', countries: out }) + '\n',
);
console.log(out.length, 'countries');
