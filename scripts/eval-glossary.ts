/**
 * Evaluates entities, roles, glossary and sides (issue #4).
 *
 *   npm run eval:glossary
 *
 * 1. Seed (test/fixtures/seed): every expected person (with the expected role), place and
 *    organisation in the glossary; no glossary entry that is not a name; the side of every
 *    expected claim, twice: through analyze() (depends on the claims engine) and through
 *    assignSides() on hand-built claims with the 16 expected sources (this module alone).
 * 2. Fixture articles (test/fixtures/articles/<slug>): real pages from ../shared/fixtures/pages,
 *    article text by Readability, hand-checked people, places, organisations (and sides of main
 *    sources): precision and recall of people and places, recall of organisations and roles.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../lib/analyze';
import { findEntities } from '../lib/nlp/entities';
import { assignSides } from '../lib/sides';
import type { Claim, Entity, GlossaryEntry, Side } from '../lib/types';

const root = new URL('..', import.meta.url).pathname;
const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

interface ExpectedPerson {
  name: string;
  role?: string;
}
interface ExpectedClaim {
  content: string;
  cue?: string;
  source: string;
  side: string;
}
interface Expected {
  sides?: string[];
  claims?: ExpectedClaim[];
  glossary: { people: ExpectedPerson[]; places: string[]; organizations: string[] };
}

/** The entity an expected name refers to: by canonical name, else by a variant. */
function findEntity(entities: Entity[], name: string, kind?: Entity['kind']): Entity | undefined {
  const n = fold(name);
  const pool = kind ? entities.filter((e) => e.kind === kind) : entities;
  return pool.find((e) => fold(e.name) === n) ?? pool.find((e) => e.variants.some((v) => fold(v) === n));
}

const NOT_NAMES = /^(?:however|sometimes|tuesday|monday|wednesday|thursday|friday|saturday|sunday|the|this|while|on|over|along|according|he|she|we|they|it|to|as|january|february|march|april|june|july|august|september|october|november|december)$/i;

function checkGlossary(text: string, expected: Expected['glossary'], entities: Entity[], glossary: GlossaryEntry[]) {
  const missing: string[] = [];
  const wrongRole: string[] = [];
  let people = 0;
  let roles = 0;
  for (const p of expected.people) {
    const e = findEntity(entities, p.name, 'person');
    if (!e) {
      missing.push(`person ${p.name}`);
      continue;
    }
    people++;
    if (p.role === undefined) continue;
    if (e.role && fold(e.role) === fold(p.role)) roles++;
    else wrongRole.push(`${p.name}: got "${e.role ?? ''}", want "${p.role}"`);
  }
  let places = 0;
  for (const p of expected.places) {
    if (findEntity(entities, p, 'place')) places++;
    else missing.push(`place ${p}${findEntity(entities, p) ? ` (found as ${findEntity(entities, p)!.kind})` : ''}`);
  }
  let orgs = 0;
  for (const o of expected.organizations) {
    if (findEntity(entities, o, 'organization')) orgs++;
    else missing.push(`organization ${o}${findEntity(entities, o) ? ` (found as ${findEntity(entities, o)!.kind})` : ''}`);
  }
  const bad = glossary.filter((g) => NOT_NAMES.test(g.name.trim()) || !/\p{Lu}/u.test(g.name));
  const withRoles = expected.people.filter((p) => p.role !== undefined).length;
  return { people, roles, withRoles, places, orgs, missing, wrongRole, bad: bad.map((g) => g.name) };
}

function sideLabel(sides: Side[], id: string | undefined): string {
  return sides.find((s) => s.id === id)?.label ?? id ?? '(none)';
}

/**
 * Claims built by hand from the expected ones: content where the text has it, the source's
 * mention as the nearest mention of its entity before the content (or the source's own words).
 */
function handBuiltClaims(text: string, expected: ExpectedClaim[], entities: Entity[]): Claim[] {
  return expected.map((x, i) => {
    const at = text.indexOf(x.content);
    const start = at >= 0 ? at : 0;
    const content = { start, end: start + x.content.length, text: text.slice(start, start + x.content.length) };
    const entity = findEntity(entities, x.source);
    let mention: Claim['source']['mention'] = null;
    if (entity) {
      const before = entity.mentions.filter((m) => m.start < start + 200);
      mention = before[before.length - 1] ?? entity.mentions[0] ?? null;
    } else {
      const words = x.source.replace(/'/g, '’');
      const k = [x.source, words].map((w) => text.lastIndexOf(w, start + 200)).find((k) => k >= 0);
      if (k !== undefined) mention = { start: k, end: k + x.source.length, text: text.slice(k, k + x.source.length) };
    }
    return {
      id: `c${i}`,
      kind: 'indirect',
      content,
      cue: { start, end: start, text: '' },
      source: { mention, name: x.source, entityId: entity?.id, role: entity?.role },
      confidence: 1,
    };
  });
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(0)}%` : 'n/a';
}

// ---- 1. Seed --------------------------------------------------------------------------------
const seedText = readFileSync(join(root, 'test/fixtures/seed/article.txt'), 'utf8');
const seed = JSON.parse(readFileSync(join(root, 'test/fixtures/seed/expected.json'), 'utf8')) as Expected;
const analysis = analyze(seedText);
const g = checkGlossary(seedText, seed.glossary, analysis.entities, analysis.glossary);
console.log('Seed (test/fixtures/seed/article.txt)');
console.log(`  people        ${g.people}/${seed.glossary.people.length}`);
console.log(`  roles         ${g.roles}/${g.withRoles}`);
console.log(`  places        ${g.places}/${seed.glossary.places.length}`);
console.log(`  organisations ${g.orgs}/${seed.glossary.organizations.length}`);
console.log(`  non-name glossary entries: ${g.bad.length}${g.bad.length ? ` (${g.bad.join(', ')})` : ''}`);
for (const m of g.missing) console.log(`    missing ${m}`);
for (const r of g.wrongRole) console.log(`    role ${r}`);

const seedClaims = seed.claims ?? [];
let viaAnalyze = 0;
for (const x of seedClaims) {
  // The claim whose content holds the expected content's opening words (quotes and apostrophes folded).
  const plain = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”"]/g, '');
  const c = analysis.claims.find((c) => plain(c.content.text).includes(plain(x.content).slice(0, 30)));
  if (c && fold(sideLabel(analysis.sides, c.side)) === fold(x.side)) viaAnalyze++;
}
console.log(`  claim sides via analyze()      ${viaAnalyze}/${seedClaims.length} (claims found: ${analysis.claims.length})`);
const built = handBuiltClaims(seedText, seedClaims, analysis.entities);
const hand = assignSides(seedText, built, analysis.entities, {});
let handRight = 0;
for (const [i, x] of seedClaims.entries()) {
  const got = sideLabel(hand.sides, hand.claims[i]!.side);
  if (fold(got) === fold(x.side)) handRight++;
  else console.log(`    side of ${x.source}: got ${got}, want ${x.side}`);
}
console.log(`  claim sides via hand-built claims ${handRight}/${seedClaims.length}`);
console.log(`  side list: ${hand.sides.map((s) => s.label).join(', ')} (expected ${seed.sides?.join(', ')})`);
for (const s of hand.sourceSides) console.log(`    ${s.source} → ${sideLabel(hand.sides, s.side)} [${s.evidence.reason}: "${s.evidence.text}"${s.evidence.span ? ` @${s.evidence.span.start}` : ''}]`);

// ---- 2. Fixture articles --------------------------------------------------------------------
const pagesDir = join(root, '../shared/fixtures/pages');
const articlesDir = join(root, 'test/fixtures/articles');
const totals = { person: { tp: 0, fp: 0, fn: 0 }, place: { tp: 0, fp: 0, fn: 0 }, orgs: 0, orgsWant: 0, roles: 0, rolesWant: 0, sides: 0, sidesWant: 0 };

export function articleText(slug: string): string {
  const saved = join(articlesDir, slug, 'article.txt');
  if (existsSync(saved)) return readFileSync(saved, 'utf8');
  const html = readFileSync(join(pagesDir, slug, 'source.html'), 'utf8');
  const dom = new JSDOM(html, { url: 'https://example.com/' });
  return new Readability(dom.window.document).parse()?.textContent ?? '';
}

console.log('\nFixture articles (test/fixtures/articles)');
for (const slug of existsSync(articlesDir) ? readdirSync(articlesDir).sort() : []) {
  const file = join(articlesDir, slug, 'expected.json');
  if (!existsSync(file)) continue;
  const expected = JSON.parse(readFileSync(file, 'utf8')) as Expected;
  const text = articleText(slug);
  const entities = findEntities(text);
  const row: string[] = [];
  for (const [kind, want] of [
    ['person', expected.glossary.people.map((p) => p.name)],
    ['place', expected.glossary.places],
  ] as const) {
    const got = entities.filter((e) => e.kind === kind);
    const matched = new Set<Entity>();
    let tp = 0;
    const fn: string[] = [];
    for (const w of want) {
      const e = findEntity(got, w);
      if (e) {
        tp++;
        matched.add(e);
      } else fn.push(w);
    }
    const fp = got.filter((e) => !matched.has(e));
    totals[kind].tp += tp;
    totals[kind].fp += fp.length;
    totals[kind].fn += fn.length;
    row.push(`${kind} P ${pct(tp, tp + fp.length)} R ${pct(tp, want.length)}`);
    if (process.argv.includes('-v')) {
      if (fn.length) console.log(`    ${slug} missing ${kind}: ${fn.join('; ')}`);
      if (fp.length) console.log(`    ${slug} extra ${kind}: ${fp.map((e) => e.name).join('; ')}`);
    }
  }
  let orgs = 0;
  for (const o of expected.glossary.organizations) if (findEntity(entities, o, 'organization')) orgs++;
  else if (process.argv.includes('-v')) console.log(`    ${slug} missing organisation: ${o}`);
  totals.orgs += orgs;
  totals.orgsWant += expected.glossary.organizations.length;
  let roles = 0;
  const rolesWant = expected.glossary.people.filter((p) => p.role).length;
  for (const p of expected.glossary.people) {
    if (!p.role) continue;
    const e = findEntity(entities, p.name, 'person');
    if (e?.role && fold(e.role) === fold(p.role)) roles++;
    else if (process.argv.includes('-v')) console.log(`    ${slug} role ${p.name}: got "${e?.role ?? ''}", want "${p.role}"`);
  }
  totals.roles += roles;
  totals.rolesWant += rolesWant;
  row.push(`orgs ${orgs}/${expected.glossary.organizations.length}`, `roles ${roles}/${rolesWant}`);
  if (expected.claims?.length) {
    const claims = handBuiltClaims(text, expected.claims, entities);
    const r = assignSides(text, claims, entities, {});
    let right = 0;
    for (const [i, x] of expected.claims.entries()) {
      const got = sideLabel(r.sides, r.claims[i]!.side);
      if (fold(got) === fold(x.side)) right++;
      else if (process.argv.includes('-v')) console.log(`    ${slug} side of ${x.source}: got ${got}, want ${x.side}`);
    }
    totals.sides += right;
    totals.sidesWant += expected.claims.length;
    row.push(`sides ${right}/${expected.claims.length}`);
  }
  console.log(`  ${slug.padEnd(16)} ${row.join('  ')}`);
}
const pr = (t: { tp: number; fp: number; fn: number }) =>
  `P ${pct(t.tp, t.tp + t.fp)} (${t.tp}/${t.tp + t.fp})  R ${pct(t.tp, t.tp + t.fn)} (${t.tp}/${t.tp + t.fn})`;
console.log(`  all people   ${pr(totals.person)}`);
console.log(`  all places   ${pr(totals.place)}`);
console.log(`  all organisations recall ${totals.orgs}/${totals.orgsWant}, roles ${totals.roles}/${totals.rolesWant}, sides ${totals.sides}/${totals.sidesWant}`);
