/**
 * Evaluates the attribution engine (lib/claims): who says what.
 *
 *   npm run eval:claims                         # PolNeAR dev: scorer table, timing; seed article
 *   npm run eval:claims -- --split train        # PolNeAR train instead
 *   npm run eval:claims -- --limit 20           # the first 20 articles only
 *   npm run eval:claims -- --errors 10          # also 10 sample false positives and false negatives
 *   npm run eval:claims -- --json               # one JSON line (scores, seed, timing) to compare commits
 *
 * 1. PolNeAR (../shared/eval/polnear, see its README): findEntities + findClaims on each article's
 *    text as is; each claim becomes {source, cue, content} (source = the mention as written, not the
 *    resolved entity), written to out/polnear-<split>.pred.jsonl and scored by ../shared/eval/score.mjs.
 * 2. Seed (test/fixtures/seed): each of the expected claims found (a predicted content covering at
 *    least half of it), with the right cue and the right (resolved) source; extra claims; not_claims.
 *
 * A measurement, not a test: exits 0 whatever the scores. PolNeAR texts are only ever printed to the
 * terminal (error samples); never copy them into the repository.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findClaims } from '../lib/claims';
import { findEntities } from '../lib/nlp/entities';
import type { Claim } from '../lib/types';

const root = new URL('..', import.meta.url).pathname;
const evalDir = join(root, '../shared/eval');

// ---- Arguments --------------------------------------------------------------------------------
const argv = process.argv.slice(2);
function option(name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}
const split = option('--split') ?? 'dev';
if (split !== 'dev' && split !== 'train') throw new Error(`--split must be dev or train, not ${split}`);
const limit = option('--limit') !== undefined ? Number(option('--limit')) : Infinity;
const errorCount = option('--errors') !== undefined ? Number(option('--errors')) : 0;
const jsonMode = argv.includes('--json');
const log = (...s: unknown[]) => {
  if (!jsonMode) console.log(...s);
};

// ---- Shared helpers ---------------------------------------------------------------------------
interface Offsets {
  start: number;
  end: number;
}
interface Attribution {
  source: Offsets | null;
  cue: Offsets | null;
  content: Offsets | null;
}
interface GoldSpan extends Offsets {
  text: string;
}
interface GoldDoc {
  id: string;
  publisher: string;
  text: string;
  attributions: { source: GoldSpan | null; cue: GoldSpan | null; content: GoldSpan | null }[];
}

const offsets = (s: Offsets | null | undefined): Offsets | null => (s ? { start: s.start, end: s.end } : null);
const inter = (a: Offsets, b: Offsets) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const len = (a: Offsets) => Math.max(1, a.end - a.start);
const now = () => performance.now();
const oneLine = (s: string, max = 220) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

/** The claim as the scorer wants it: offsets only, source as the mention written in the sentence. */
function toAttribution(c: Claim): Attribution {
  return { source: offsets(c.source?.mention), cue: offsets(c.cue), content: offsets(c.content) };
}

/** The scorer's span trimming (edge whitespace, quote marks and punctuation), to match as it does. */
const LEAD = /^[\s"'“”‘’«»„,.;:()[\]—–-]+/;
const TRAIL = /[\s"'“”‘’«»„,.;:()[\]—–-]+$/;
function trimmed(text: string, s: Offsets | null): Offsets | null {
  if (!s) return null;
  const raw = text.slice(s.start, s.end);
  const lead = raw.length - raw.replace(LEAD, '').length;
  const core = raw.replace(LEAD, '').replace(TRAIL, '');
  return { start: s.start + lead, end: s.start + lead + core.length };
}

/** The scorer's one-to-one matching (greedy by overlap share): gold index → predicted index. */
function matchContents(text: string, gold: Attribution[], pred: Attribution[]) {
  const g = gold.map((a) => trimmed(text, a.content)!);
  const p = pred.map((a) => trimmed(text, a.content)!);
  const pairs: { i: number; j: number; x: number; share: number }[] = [];
  g.forEach((ga, i) =>
    p.forEach((pa, j) => {
      const x = inter(ga, pa);
      if (x > 0) pairs.push({ i, j, x, share: Math.min(x / len(ga), x / len(pa)) });
    }),
  );
  pairs.sort((a, b) => b.share - a.share || b.x - a.x);
  const gUsed = new Map<number, { j: number; share: number }>();
  const pUsed = new Set<number>();
  for (const m of pairs) {
    if (gUsed.has(m.i) || pUsed.has(m.j)) continue;
    gUsed.set(m.i, { j: m.j, share: m.share });
    pUsed.add(m.j);
  }
  return gUsed;
}

/** Deterministic pseudo-random sample (mulberry32, fixed seed), in the original order. */
function sample<T>(items: T[], n: number, seed = 20160912): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const idx = items.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const k = Math.floor(rand() * (i + 1));
    [idx[i], idx[k]] = [idx[k]!, idx[i]!];
  }
  return idx
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}

/**
 * PolNeAR annotates a quotation split by its cue ("“A,” he said. “B.”") as one attribution whose
 * content runs from the first part to the last; Sidelight keeps the parts as claims linked by
 * `continues`. For scoring, the parts are joined the corpus's way.
 */
function joinSplitQuotes(claims: Claim[]): Claim[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const root = (c: Claim): Claim => {
    let r = c;
    for (let n = 0; r.continues && byId.has(r.continues) && n < 50; n++) r = byId.get(r.continues)!;
    return r;
  };
  const joined = new Map<string, Claim>();
  for (const c of claims) {
    const r = root(c);
    const j = joined.get(r.id) ?? { ...r, content: { ...r.content } };
    j.content.start = Math.min(j.content.start, c.content.start);
    j.content.end = Math.max(j.content.end, c.content.end);
    joined.set(r.id, j);
  }
  return [...joined.values()];
}

// ---- 1. PolNeAR -------------------------------------------------------------------------------
const goldPath = join(evalDir, 'polnear', `${split}.jsonl`);
const goldLines = readFileSync(goldPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const usedLines = goldLines.slice(0, Math.min(goldLines.length, limit));
const docs = usedLines.map((l) => JSON.parse(l) as GoldDoc);

let entitiesMs = 0;
let claimsMs = 0;
let words = 0;
const failures: { id: string; error: string }[] = [];
const predictions: { id: string; attributions: Attribution[] }[] = [];
for (const doc of docs) {
  words += doc.text.match(/\S+/g)?.length ?? 0;
  let attributions: Attribution[] = [];
  try {
    const t0 = now();
    const entities = findEntities(doc.text);
    const t1 = now();
    const claims = findClaims(doc.text, entities);
    const t2 = now();
    entitiesMs += t1 - t0;
    claimsMs += t2 - t1;
    attributions = joinSplitQuotes(claims).map(toAttribution);
  } catch (e) {
    failures.push({ id: doc.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
  predictions.push({ id: doc.id, attributions });
}
const engineMs = entitiesMs + claimsMs;

const outDir = join(root, 'out');
mkdirSync(outDir, { recursive: true });
const predPath = join(outDir, `polnear-${split}.pred.jsonl`);
writeFileSync(predPath, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');

/**
 * Runs the scorer. With --limit, on the gold subset: a temporary file outside the repository,
 * deleted at once (PolNeAR texts are not to be copied into the project, out/ included).
 */
function score(extra: string[]): string {
  const limited = usedLines.length < goldLines.length;
  const tmp = limited ? mkdtempSync(join(tmpdir(), 'sidelight-eval-')) : undefined;
  try {
    const gold = tmp ? join(tmp, `${split}.jsonl`) : goldPath;
    if (tmp) writeFileSync(gold, usedLines.join('\n') + '\n');
    const r = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), gold, predPath, ...extra], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) throw new Error(`score.mjs failed (${r.status}): ${r.stderr || r.error?.message}`);
    return r.stdout;
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}
const table = score([]);
const scored = JSON.parse(score(['--json']).trim()) as Record<string, unknown>;

log(
  `PolNeAR ${split}${usedLines.length < goldLines.length ? ` (first ${usedLines.length} articles)` : ''}: predictions in ${predPath.slice(root.length)}`,
);
log(table.trimEnd());
const per1k = words ? (1000 * engineMs) / words : 0;
log(
  `engine time: ${engineMs.toFixed(0)} ms for ${docs.length} articles, ${words.toLocaleString('en')} words (entities ${entitiesMs.toFixed(0)} ms, claims ${claimsMs.toFixed(0)} ms): ${per1k.toFixed(2)} ms per 1,000 words`,
);
if (failures.length) {
  log(`ENGINE THREW on ${failures.length} article(s) (scored as no claims): ${failures.map((f) => f.id).join(', ')}`);
  log(`  first error: ${failures[0]!.error.split('\n').slice(0, 4).join('\n  ')}`);
}

// ---- Error analysis ---------------------------------------------------------------------------
if (errorCount > 0 && !jsonMode) {
  type Item = { doc: GoldDoc; a: Attribution; other?: Attribution; share?: number };
  const fps: Item[] = [];
  const fns: Item[] = [];
  const wrongSource: Item[] = [];
  docs.forEach((doc, k) => {
    const gold: Attribution[] = doc.attributions.filter((a) => a.content);
    const pred = predictions[k]!.attributions.filter((a) => a.content);
    const m = matchContents(doc.text, gold, pred);
    const half = new Set<number>();
    gold.forEach((g, i) => {
      const hit = m.get(i);
      if (hit && hit.share >= 0.5) {
        half.add(hit.j);
        const p = pred[hit.j]!;
        const gs = trimmed(doc.text, g.source);
        const ps = trimmed(doc.text, p.source);
        const ok = gs ? !!(ps && inter(gs, ps) > 0) : !ps;
        if (!ok) wrongSource.push({ doc, a: g, other: p });
      } else fns.push({ doc, a: g, other: hit ? pred[hit.j] : undefined, share: hit?.share });
    });
    pred.forEach((p, j) => {
      if (half.has(j)) return;
      const gi = [...m.entries()].find(([, v]) => v.j === j);
      fps.push({ doc, a: p, other: gi ? gold[gi[0]] : undefined, share: gi?.[1].share });
    });
  });
  const show = (text: string, s: Offsets | null) => (s ? `"${oneLine(text.slice(s.start, s.end), 80)}"` : '—');
  const describe = (label: string, doc: GoldDoc, a: Attribution) =>
    `    ${label} content: "${oneLine(doc.text.slice(a.content!.start, a.content!.end))}"\n` +
    `    ${' '.repeat(label.length)} cue ${show(doc.text, a.cue)}  source ${show(doc.text, a.source)}`;
  const section = (title: string, items: Item[], first: string, second: string) => {
    log(`\n${title}: ${items.length}; ${Math.min(errorCount, items.length)} samples`);
    for (const it of sample(items, errorCount)) {
      log(`  [${it.doc.id} @${it.a.content!.start}]`);
      log(describe(first, it.doc, it.a));
      if (it.other)
        log(
          describe(
            `${second}${it.share !== undefined ? ` (${(100 * it.share).toFixed(0)}% overlap)` : ''}`,
            it.doc,
            it.other,
          ),
        );
    }
  };
  section('FALSE POSITIVES (predicted, no gold content at >=50%)', fps, 'pred', 'nearest gold');
  section('FALSE NEGATIVES (gold, no predicted content at >=50%)', fns, 'gold', 'nearest pred');
  section('SOURCE WRONG (content matched, source span does not overlap gold)', wrongSource, 'gold', 'pred');
}

// ---- 2. Seed ----------------------------------------------------------------------------------
interface ExpectedClaim {
  content: string;
  cue?: string;
  source: string;
  side?: string;
}
interface Expected {
  claims?: ExpectedClaim[];
  not_claims?: string[];
}
const quotes = (s: string) => s.replace(/[’‘]/g, "'");
const fold = (s: string) =>
  quotes(s.normalize('NFC').toLowerCase())
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an)\s+/, '');

const seedText = readFileSync(join(root, 'test/fixtures/seed/article.txt'), 'utf8');
const seed = JSON.parse(readFileSync(join(root, 'test/fixtures/seed/expected.json'), 'utf8')) as Expected;
const expectedClaims = seed.claims ?? [];
let seedClaims: Claim[] = [];
let seedError: string | undefined;
try {
  seedClaims = findClaims(seedText, findEntities(seedText));
} catch (e) {
  seedError = e instanceof Error ? e.message : String(e);
}
const seedNorm = quotes(seedText); // same length: one character for one

/** Where a string is in the seed text (quotes normalised, then whitespace-tolerant), or null. */
function locate(s: string): Offsets | null {
  const q = quotes(s);
  const at = seedNorm.indexOf(q);
  if (at >= 0) return { start: at, end: at + q.length };
  const words = q
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(words.join('\\s+')).exec(seedNorm);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

let found = 0;
let cueRight = 0;
let sourceRight = 0;
const used = new Set<Claim>();
const rows: string[] = [];
const mark = (b: boolean) => (b ? '✓' : '✗');
for (const [i, x] of expectedClaims.entries()) {
  const span = locate(x.content);
  let best: Claim | undefined;
  let bestShare = 0;
  if (span) {
    for (const c of seedClaims) {
      const share = inter(span, c.content) / len(span);
      if (share > bestShare) [best, bestShare] = [c, share];
    }
  }
  const isFound = !!best && bestShare >= 0.5;
  const c = isFound ? best! : undefined;
  if (c) used.add(c);
  const cueOk = !!c && x.cue !== undefined && c.cue.text.trim().toLowerCase() === x.cue.trim().toLowerCase();
  const srcOk = !!c && fold(c.source.name) === fold(x.source);
  found += +isFound;
  cueRight += +cueOk;
  sourceRight += +srcOk;
  const notes: string[] = [];
  if (!span) notes.push('expected content not in the text');
  else if (!isFound)
    notes.push(
      best
        ? `best overlap ${(100 * bestShare).toFixed(0)}%: "${oneLine(best.content.text, 60)}"`
        : 'no overlapping claim',
    );
  if (c && !cueOk) notes.push(`cue "${c.cue.text}"`);
  if (c && !srcOk)
    notes.push(`source "${c.source.name}"${c.source.mention ? ` (mention "${c.source.mention.text}")` : ''}`);
  rows.push(
    `  ${String(i + 1).padStart(2)} ${mark(isFound)} ${mark(cueOk)} ${mark(srcOk)}  ${(x.cue ?? '').padEnd(12)} ${oneLine(x.source, 34).padEnd(34)} "${oneLine(x.content, 50)}"` +
      (notes.length ? `\n             → ${notes.join('; ')}` : ''),
  );
}
const extra = seedClaims.filter((c) => !used.has(c));
const notClaims = (seed.not_claims ?? []).map((s) => {
  const span = locate(s);
  const q = fold(s);
  const hit = seedClaims.find((c) =>
    span ? inter(span, c.content) / len(span) >= 0.5 : fold(c.content.text).includes(q),
  );
  return { text: s, inText: !!span, predicted: !!hit };
});

log(
  `\nSeed (test/fixtures/seed/article.txt): ${seedClaims.length} predicted claims${seedError ? `; ENGINE THREW: ${seedError}` : ''}`,
);
log('   # found cue source  cue          source                             content');
for (const r of rows) log(r);
log(
  `seed: found ${found}/${expectedClaims.length}, cue ${cueRight}/${expectedClaims.length}, source ${sourceRight}/${expectedClaims.length}`,
);
log(`extra claims (match no expected claim): ${extra.length}`);
for (const c of extra)
  log(
    `  [${c.id} ${c.kind} @${c.content.start}] cue "${c.cue.text}", source "${c.source.name}"${c.source.mention ? ` ("${c.source.mention.text}")` : ''}: "${oneLine(c.content.text, 90)}"`,
  );
if (notClaims.length) {
  log('not_claims (must not be predicted as claim content):');
  for (const n of notClaims)
    log(
      `  ${mark(!n.predicted)} "${n.text}"${n.inText ? '' : ' (not in article.txt)'}${n.predicted ? ' PREDICTED AS A CLAIM' : ''}`,
    );
}

// ---- JSON -------------------------------------------------------------------------------------
if (jsonMode) {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  console.log(
    JSON.stringify({
      commit: git.status === 0 ? git.stdout.trim() : undefined,
      split,
      articles: docs.length,
      score: scored,
      seed: {
        expected: expectedClaims.length,
        predicted: seedClaims.length,
        found,
        cue: cueRight,
        source: sourceRight,
        extra: extra.length,
        not_claims_predicted: notClaims.filter((n) => n.predicted).length,
        error: seedError,
      },
      timing: {
        engine_ms: +engineMs.toFixed(1),
        entities_ms: +entitiesMs.toFixed(1),
        claims_ms: +claimsMs.toFixed(1),
        words,
        ms_per_1000_words: +per1k.toFixed(3),
      },
      engine_failures: failures.length,
    }),
  );
} else {
  const a = scored.attribution as { f1?: number } | undefined;
  const h = scored.content_half as { f1?: number } | undefined;
  log(
    `\nsummary: ATTRIBUTION F1 ${((a?.f1 ?? 0) * 100).toFixed(1)}, content-50% F1 ${((h?.f1 ?? 0) * 100).toFixed(1)}; seed found ${found}, cue ${cueRight}, source ${sourceRight} of ${expectedClaims.length} (${pct(sourceRight, expectedClaims.length)}); ${per1k.toFixed(2)} ms/1k words`,
  );
}
