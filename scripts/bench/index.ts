/**
 * `npm run bench`: Sidelight's speed and size, measured in headless Chromium (issue #6).
 *
 *   npm run bench                    build, then every shared page: 2 warm-ups + 7 repetitions
 *   npm run bench -- --quick         a spread of about 20 pages, 3 repetitions, fewer popup runs
 *   npm run bench -- --json [file]   also writes the figures as JSON (default out/bench.json)
 *   npm run bench -- --profile       also writes .cpuprofiles to out/ and prints the hot functions
 *                                    (self time, and total time with callees: a whole stage's cost)
 *   options: --no-build (use the existing builds) --reps N --warmup N --only slug,slug --real slug
 *
 * How. The build comes first (`wxt zip`, which builds .output/chrome-mv3 and packs it, and the e2e
 * build in .output-e2e/ that may script 127.0.0.1). Then one Chromium with the e2e extension:
 *
 * 1. Pages. scripts/bench/page.ts (lib/ bundled by esbuild into one IIFE, the same modules the
 *    content script runs) is injected into each served page with page.addScriptTag and called
 *    with page.evaluate, so every figure is timed inside the page, in the same run: a fresh clone
 *    (`clone`), Readability's parse of that clone (`readab.`), our whole extraction (`extract`:
 *    Readability plus the text map), `analyze()` on the article text (`analysis`: entities,
 *    claims, sides, glossary) and the highlights (`highl.`: Painter.place, i.e. live Ranges from
 *    the text map, and Painter.paint, the Highlight registry and style sheet; the browser's own
 *    raster of the highlights happens later on its compositor, outside JavaScript). Ratio =
 *    (analysis + highl.) ÷ readab. A page counts when the extension would analyse it
 *    (extractArticle without "Analyse anyway"). Pages are served cross-origin isolated
 *    (COOP/COEP headers added by a route) so performance.now() has 5 µs resolution, not 100 µs.
 * 2. Scaling. The seed article and a real one (guardian-1) repeated to about 1k, 10k and 100k
 *    words, served as generated pages; analysis + highlight per 1,000 words at each size. Each
 *    size is warmed up with at least five runs and 30,000 words, so each is timed with warm code.
 * 3. Sizes. What the content script and the popup load (JS and CSS, following the popup's
 *    imports), raw and gzipped; the packed extension is the `wxt zip` file.
 * 4. Popup. popup.html?tab=ID opened as a page (scripts/browser.ts openPopup) on the seed page;
 *    App.tsx marks `sidelight:results` in the first animation frame after the results render,
 *    and its startTime is the time from the popup's navigation start. The first opening injects
 *    and analyses; the figure that counts is the median of the later ones (analysis done).
 *
 * It prints numbers and never fails on a slow one: exit 0 unless something crashed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import * as esbuild from 'esbuild';
import { JSDOM } from 'jsdom';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION, launch, openPopup, ROOT, SHARED_PAGES, startServer, type Browser } from '../browser';
import type { Prepared, Stage, StageResult } from './page';
import { flag, ISOLATION, median, pageBundle, progress, value } from './common';
import { type CpuProfile, hotFunctions, hotLines, type HotLists } from './profile';
import { SourceMap } from './sourcemap';

// ---------------------------------------------------------------- options

const quick = flag('--quick');
const reps = Number(value('--reps') ?? (quick ? 3 : 7));
const warmup = Number(value('--warmup') ?? 2);
const only = value('--only')?.split(',');
const realSlug = value('--real') ?? 'guardian-1';
const jsonPath = flag('--json') ? join(ROOT, value('--json') ?? 'out/bench.json') : null;
const profile = flag('--profile');
const build = !flag('--no-build');
const SCALE_SIZES = [1_000, 10_000, 100_000];
const POPUP_RUNS = quick ? 3 : 7;
const OUT = join(ROOT, 'out');
const PAGE_TIMEOUT = 120_000;

const TARGETS = { ratio: 0.5, words100kMs: 1000, growth: 1.5, contentKbGz: 150, popupKbGz: 60, popupPaintMs: 150 };

// ---------------------------------------------------------------- small helpers

const ms = (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) : '–');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const pad = (s: string | number, n: number) => String(s).padStart(n);
const padEnd = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n));
const log = (s = '') => process.stdout.write(s + '\n');
const note = (s: string) => process.stderr.write(s + '\n');
const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
const verdict = (ok: boolean) => (ok ? 'pass' : 'MISS');

async function withTimeout<T>(p: Promise<T>, timeout: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<T>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: timed out after ${timeout / 1000} s`)), timeout);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  execFileSync(cmd, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
    timeout: 300_000,
  });
}

// ---------------------------------------------------------------- the page-side bundle

/** The name the profiler gives the bench bundle (its sourceURL). */
const BUNDLE_URL = 'sidelight-bench.js';

interface Bundle {
  code: string;
  map: SourceMap;
}

async function bundle(): Promise<Bundle> {
  const result = await esbuild.build({
    ...pageBundle(ROOT),
    outfile: join(OUT, 'bench-page.js'),
    sourcemap: 'external',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!;
  const map = result.outputFiles.find((f) => f.path.endsWith('.map'))!;
  // sourceURL: the profiler then names the bundle, and we map it back to lib/ file:line.
  return { code: `${js.text}\n//# sourceURL=${BUNDLE_URL}`, map: new SourceMap(JSON.parse(map.text)) };
}

type BenchGlobal = {
  sidelightBench: { prepare(force: boolean): Prepared; stage(name: Stage): StageResult; once(): void };
};

interface RunOptions {
  reps: number;
  warmup: number;
  /** Only analysis + highlight (scaling pages). */
  analysisOnly?: boolean;
  /** Extract even where the extension would say "not an article" (generated scaling pages). */
  force?: boolean;
}

interface PageFigures extends Prepared {
  claims: number;
  entities: number;
  placed: number;
  /** analyze()'s own split of its time in the last repetition. */
  stages: Record<string, number>;
  /** Every kept repetition, by stage (clone: the clone Readability parses, timed apart). */
  times: Record<Stage | 'clone', number[]>;
  /** The very first analysis and highlight in this page: code not yet compiled or warm. */
  cold: { analysis: number; highlight: number };
}

/**
 * Loads a page, injects the bench bundle, and times each stage in its own page.evaluate (the
 * time is taken inside the page; the round trip is not in it). No forced garbage collection
 * between stages: a full collection also drops V8's compiled regular expressions and cold
 * functions, which made analysis ten times slower than it runs for a reader.
 */
async function measure(page: Page, url: string, code: string, options: RunOptions): Promise<PageFigures> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.addScriptTag({ content: code });
  const prepared = await page.evaluate(
    (force) => (globalThis as unknown as BenchGlobal).sidelightBench.prepare(force),
    !!options.force,
  );
  const figures: PageFigures = { ...emptyFigures(), ...prepared };
  if (!prepared.ok) return figures;
  const stages: Stage[] = options.analysisOnly
    ? ['analysis', 'highlight']
    : ['readability', 'extract', 'analysis', 'highlight'];
  const runs = async () => {
    for (let i = 0; i < options.warmup + options.reps; i++) {
      for (const name of stages) {
        const r = await page.evaluate((n) => (globalThis as unknown as BenchGlobal).sidelightBench.stage(n), name);
        if (i === 0 && (name === 'analysis' || name === 'highlight')) figures.cold[name] = r.ms;
        if (i < options.warmup) continue;
        figures.times[name].push(r.ms);
        if (r.cloneMs !== undefined) figures.times.clone.push(r.cloneMs);
        if (r.claims !== undefined) figures.claims = r.claims;
        if (r.entities !== undefined) figures.entities = r.entities;
        if (r.stages) figures.stages = r.stages;
        if (r.placed !== undefined) figures.placed = r.placed;
      }
    }
  };
  await withTimeout(runs(), PAGE_TIMEOUT, url);
  return figures;
}

// ---------------------------------------------------------------- pages

interface PageRow {
  name: string;
  words: number;
  english: boolean;
  claims: number;
  clone: number;
  readability: number;
  extract: number;
  analysis: number;
  highlight: number;
  ratio: number;
  /** First analysis + highlight in the fresh page (cold code). */
  cold: number;
  stages: Record<string, number>;
  error?: string;
}

function sharedPages(): { name: string; path: string }[] {
  return readdirSync(SHARED_PAGES)
    .sort()
    .filter((slug) => existsSync(join(SHARED_PAGES, slug, 'source.html')))
    .map((slug) => ({ name: slug, path: `/pages/${slug}/` }));
}

function row(name: string, f: PageFigures): PageRow {
  const readability = median(f.times.readability);
  const analysis = median(f.times.analysis);
  const highlight = median(f.times.highlight);
  return {
    name,
    words: f.words,
    english: f.english,
    claims: f.claims,
    clone: median(f.times.clone),
    readability,
    extract: median(f.times.extract),
    analysis,
    highlight,
    ratio: (analysis + highlight) / readability,
    cold: f.cold.analysis + f.cold.highlight,
    stages: f.stages,
  };
}

// ---------------------------------------------------------------- scaling pages

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

interface Source {
  name: string;
  title: string;
  paragraphs: { html: string; words: number }[];
}

/** Paragraphs (HTML) of a source, cycled until the page has about `words` words. */
function scaledPage(source: Source, words: number): string {
  const body: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = source.paragraphs[i % source.paragraphs.length]!;
    body.push(p.html);
    n += p.words;
  }
  const title = escapeHtml(source.title);
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article>` +
    `<h1>${title}</h1>${body.join('\n')}</article></main><footer><p>© Bench</p></footer></body></html>`
  );
}

/** The article's paragraphs as Readability finds them in a page (jsdom), as plain <p>/<h2> blocks. */
function articleParagraphs(name: string, file: string): Source {
  const dom = new JSDOM(readFileSync(file, 'utf8'), { url: 'http://127.0.0.1/' });
  const parsed = new Readability(dom.window.document).parse();
  if (!parsed?.content) throw new Error(`Readability found no article in ${name}`);
  const content = new JSDOM(`<body>${parsed.content}</body>`).window.document;
  const paragraphs = [...content.querySelectorAll('p, h2, h3, li')]
    .filter((el) => !el.querySelector('p, li'))
    .map((el) => {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const tag = el.tagName === 'LI' ? 'p' : el.tagName.toLowerCase();
      return { html: `<${tag}>${escapeHtml(text)}</${tag}>`, words: wordCount(text) };
    })
    .filter((p) => p.words > 0);
  return { name, title: parsed.title ?? name, paragraphs };
}

interface ScaleRow {
  source: string;
  target: number;
  words: number;
  claims: number;
  analysis: number;
  highlight: number;
  total: number;
  per1k: number;
  /** analyze()'s own split (entities, claims, sides, glossary) in the last repetition. */
  stages: Record<string, number>;
  error?: string;
}

// ---------------------------------------------------------------- sizes

interface Size {
  raw: number;
  gz: number;
  files: string[];
}
interface Sizes {
  content: Size | null;
  popup: Size | null;
  zip: { bytes: number; file: string } | null;
}

function sizes(): Sizes {
  const dir = join(ROOT, '.output/chrome-mv3');
  const out: Sizes = { content: null, popup: null, zip: null };
  if (!existsSync(join(dir, 'manifest.json'))) return out;
  const measureFiles = (files: string[]): Size => ({
    raw: files.reduce((s, f) => s + statSync(f).size, 0),
    gz: files.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0),
    files: files.map((f) => relative(dir, f)),
  });

  // The content script: what the popup injects (content-scripts/content.js), and its CSS if any.
  const scripts = join(dir, 'content-scripts');
  if (existsSync(scripts)) {
    const files = readdirSync(scripts)
      .filter((f) => /^content\.(js|css)$/.test(f))
      .map((f) => join(scripts, f));
    if (files.length) out.content = measureFiles(files);
  }

  // The popup: the scripts and style sheets popup.html names, and the chunks they import.
  const popupHtml = join(dir, 'popup.html');
  if (existsSync(popupHtml)) {
    const html = readFileSync(popupHtml, 'utf8');
    const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => join(dir, m[1]!));
    const seen = new Set<string>();
    while (queue.length) {
      const file = queue.shift()!;
      if (seen.has(file) || !existsSync(file)) continue;
      seen.add(file);
      if (!file.endsWith('.js')) continue;
      const js = readFileSync(file, 'utf8');
      // Imports between chunks: import"./x.js", from"./x.js", import("./x.js").
      for (const m of js.matchAll(
        /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.(?:js|css)|\/[^"']+\.(?:js|css))["']/g,
      )) {
        const spec = m[1]!;
        queue.push(spec.startsWith('/') ? join(dir, spec) : join(file, '..', spec));
      }
    }
    out.popup = measureFiles([...seen]);
  }

  const zip = readdirSync(join(ROOT, '.output'))
    .filter((f) => /-chrome\.zip$/.test(f))
    .map((f) => join(ROOT, '.output', f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (zip) out.zip = { bytes: statSync(zip).size, file: relative(ROOT, zip) };
  return out;
}

// ---------------------------------------------------------------- popup

interface PopupTiming {
  /** ms from the popup's navigation start: DOMContentLoaded, first contentful paint, results mark. */
  dcl: number;
  fcp: number;
  results: number;
}

interface PopupFigures {
  first: PopupTiming;
  again: PopupTiming[];
  median: PopupTiming;
  /** A blank page of the extension opened the same way, between the popup's openings: the floor. */
  blank: { dcl: number; fcp: number };
}

/** A blank HTML page put into the e2e build for the popup's floor (not part of the extension). */
const BLANK_PAGE = 'bench-blank.html';

async function popupPaint(browser: Browser, url: string): Promise<PopupFigures> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${url}/seed/article.html`, { waitUntil: 'load' });
    const open = async (): Promise<PopupTiming> => {
      const popup = await openPopup(browser, page);
      try {
        await popup.waitForFunction(() => performance.getEntriesByName('sidelight:results').length > 0, undefined, {
          timeout: 60_000,
        });
        return await popup.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          return {
            dcl: nav?.domContentLoadedEventEnd ?? NaN,
            fcp: fcp?.startTime ?? NaN,
            results: performance.getEntriesByName('sidelight:results')[0]!.startTime,
          };
        });
      } finally {
        await popup.close();
      }
    };
    const openBlank = async () => {
      const blank = await browser.context.newPage();
      try {
        await blank.setViewportSize({ width: 400, height: 600 });
        await blank.goto(`chrome-extension://${browser.extensionId}/${BLANK_PAGE}`);
        await blank.waitForFunction(
          () => performance.getEntriesByName('first-contentful-paint').length > 0,
          undefined,
          { timeout: 10_000 },
        );
        return await blank.evaluate(() => ({
          dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
        }));
      } finally {
        await blank.close();
      }
    };
    const first = await open();
    const again: PopupTiming[] = [];
    const blanks: Array<{ dcl: number; fcp: number }> = [];
    for (let i = 0; i < POPUP_RUNS; i++) {
      again.push(await open());
      blanks.push(await openBlank());
    }
    const med = (k: keyof PopupTiming) => median(again.map((t) => t[k]));
    const blank = { dcl: median(blanks.map((b) => b.dcl)), fcp: median(blanks.map((b) => b.fcp)) };
    return { first, again, median: { dcl: med('dcl'), fcp: med('fcp'), results: med('results') }, blank };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------- profiler

/**
 * Profiles `times` analyses + highlights on each page in turn (after `warmup` unprofiled ones, as
 * the page measurements run them), and sums the self times over the pages. One page writes its
 * .cpuprofile to out/; several (the cold figures behind the ratio) only print the sum.
 */
async function profileRun(
  context: BrowserContext,
  urls: string[],
  bundled: Bundle,
  name: string,
  times: number,
  warmup = 1,
): Promise<HotLists> {
  const page = await context.newPage();
  const profiles: CpuProfile[] = [];
  try {
    for (const url of urls) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: bundled.code });
      const once = () => page.evaluate(() => (globalThis as unknown as BenchGlobal).sidelightBench.once());
      for (let i = 0; i < warmup; i++) await once(); // extraction and warm-up, not profiled
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      for (let i = 0; i < times; i++) await once();
      profiles.push(((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile);
      await cdp.detach();
    }
    if (profiles.length === 1) {
      mkdirSync(OUT, { recursive: true });
      const file = join(OUT, `bench-${name}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profiles[0]));
      note(`bench: wrote ${relative(ROOT, file)}`);
    }
    return hotFunctions(profiles, bundled.map, BUNDLE_URL, profiles.length > 1 ? 30 : 15);
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const started = Date.now();
  if (build) {
    note('bench: building (wxt zip, then the e2e build)…');
    run('npx', ['wxt', 'zip']);
    run('npx', ['wxt', 'build'], { SIDELIGHT_E2E: '1' });
  }
  const bundled = await bundle();
  writeFileSync(
    join(EXTENSION, BLANK_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body><p>Blank</p></body></html>\n',
  );
  const { url, server } = await startServer();
  const browser = await launch();
  const { context } = browser;

  // Measured pages are served cross-origin isolated, for a 5 µs performance.now().
  await context.route(/^http:\/\/127\.0\.0\.1:\d+\/pages\//, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...ISOLATION } });
  });
  const generated = new Map<string, string>();
  await context.route(/^http:\/\/127\.0\.0\.1:\d+\/(bench-generated|bench-seed)\//, (route) => {
    const html = generated.get(new URL(route.request().url()).pathname);
    return html
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: ISOLATION, body: html })
      : route.abort();
  });
  // The seed page, isolated too (the popup run below uses the plain /seed/ path).
  generated.set('/bench-seed/article.html', readFileSync(join(ROOT, 'test/fixtures/seed/article.html'), 'utf8'));
  const options: RunOptions = { reps, warmup };

  try {
    // 1. Pages: the seed page and every shared page the extension takes for an article.
    let list = [{ name: 'seed', path: '/bench-seed/article.html' }, ...sharedPages()];
    if (only) list = list.filter((p) => only.includes(p.name));
    else if (quick) list = list.filter((_, i) => i % 6 === 0);
    const bp = await context.newPage();
    const rows: PageRow[] = [];
    const skipped: string[] = [];
    let coarse = 0;
    note(`bench: ${list.length} pages, ${warmup} warm-up + ${reps} repetitions each`);
    for (const [i, t] of list.entries()) {
      progress(`  page ${i + 1}/${list.length} ${t.name}`);
      try {
        const f = await measure(bp, url + t.path, bundled.code, options);
        if (!f.isolated) coarse++;
        if (!f.ok) skipped.push(t.name);
        else rows.push(row(t.name, f));
      } catch (error) {
        rows.push({ ...row(t.name, emptyFigures()), error: firstLine(error) });
      }
    }
    progress('');
    if (process.stderr.isTTY) process.stderr.write('\r');
    await bp.close();

    const good = rows.filter((r) => !r.error);
    log(`Pages (ms inside the page, median of ${reps} runs after ${warmup} warm-up)`);
    const header = (first: string) =>
      `${padEnd(first, 34)} ${pad('words', 7)} ${pad('claims', 6)} ${pad('clone', 6)} ${pad('readab.', 7)} ${pad('extract', 7)} ${pad('analysis', 8)} ${pad('highl.', 6)} ${pad('ratio', 5)}`;
    const line = (
      name: string,
      r: Omit<PageRow, 'name' | 'stages' | 'claims' | 'cold' | 'english'> & { claims: number | string },
    ) =>
      `${padEnd(name, 34)} ${pad(r.words, 7)} ${pad(r.claims, 6)} ${pad(ms(r.clone), 6)} ${pad(ms(r.readability), 7)} ${pad(ms(r.extract), 7)} ${pad(ms(r.analysis), 8)} ${pad(ms(r.highlight), 6)} ${pad(r.ratio.toFixed(2), 5)}`;
    log(header('page'));
    for (const r of rows) log(r.error ? `${padEnd(r.name, 34)} error: ${r.error}` : line(r.name, r));
    const med = {
      words: median(good.map((r) => r.words)),
      clone: median(good.map((r) => r.clone)),
      readability: median(good.map((r) => r.readability)),
      extract: median(good.map((r) => r.extract)),
      analysis: median(good.map((r) => r.analysis)),
      highlight: median(good.map((r) => r.highlight)),
      ratio: median(good.map((r) => r.ratio)),
      cold: median(good.map((r) => r.cold)),
    };
    log(line(`median of ${good.length} pages`, { ...med, claims: '' }));
    // Context, not the target: many shared pages are Readability's 130-word test cases.
    const long = good.filter((r) => r.words >= 500);
    log(
      `ratio median over the ${long.length} pages of 500 words or more: ${median(long.map((r) => r.ratio)).toFixed(2)}`,
    );
    // Pages that do not look English (Readability's Lorem ipsum test cases, French, Chinese …) are
    // analysed too, under a warning: the ratio over the English ones alone, for context.
    const english = good.filter((r) => r.english);
    log(
      `ratio median over the ${english.length} pages that look English: ${median(english.map((r) => r.ratio)).toFixed(2)}`,
    );
    const worst = [...good].sort((a, b) => b.ratio - a.ratio).slice(0, 5);
    log(`highest ratios: ${worst.map((r) => `${r.name} ${r.ratio.toFixed(2)}`).join(', ')}`);
    const coldest = [...good].sort((a, b) => b.cold - a.cold)[0];
    log(
      `first analysis + highlight in a fresh page (cold code): median ${ms(med.cold)} ms` +
        (coldest ? `, most ${ms(coldest.cold)} ms (${coldest.name})` : ''),
    );
    if (skipped.length) log(`not articles for the extension (left out): ${skipped.join(', ')}`);
    if (coarse) log(`(${coarse} pages were not cross-origin isolated: their timer has 100 µs resolution)`);
    log();

    // 2. Scaling.
    const sources: Source[] = [articleParagraphs('seed', join(ROOT, 'test/fixtures/seed/article.html'))];
    try {
      sources.push(articleParagraphs(realSlug, join(SHARED_PAGES, realSlug, 'source.html')));
    } catch (error) {
      note(`bench: no real article for scaling (${firstLine(error)})`);
    }
    const scale: ScaleRow[] = [];
    const scalePage = await context.newPage();
    for (const s of sources) {
      for (const target of SCALE_SIZES) {
        const path = `/bench-generated/${s.name}-${target}.html`;
        generated.set(path, scaledPage(s, target));
        progress(`  scaling ${s.name} ${target} words`);
        // Every size is timed with warmed-up code: at least 30,000 words and at least five runs of
        // warm-up. With fewer runs (one 10k-word page warmed three times), V8 was still compiling
        // the larger sizes (in node, five 10k-word runs in a row took 383, 236, 173, 111, 61 ms),
        // so the figure compared a warm 1k page with a half-warm 10k one, not their cost per word.
        const scaleWarmup = Math.max(5, Math.round(30_000 / target));
        const scaleReps = target >= 100_000 ? (quick ? 2 : 3) : Math.max(reps, Math.round(20_000 / target));
        try {
          const f = await measure(scalePage, url + path, bundled.code, {
            reps: scaleReps,
            warmup: scaleWarmup,
            analysisOnly: true,
            force: true,
          });
          if (!f.ok) throw new Error(f.message ?? 'no article');
          const analysis = median(f.times.analysis);
          const highlight = median(f.times.highlight);
          const total = median(f.times.analysis.map((a, k) => a + f.times.highlight[k]!));
          scale.push({
            source: s.name,
            target,
            words: f.words,
            claims: f.claims,
            analysis,
            highlight,
            total,
            per1k: (total / f.words) * 1000,
            stages: f.stages,
          });
        } catch (error) {
          const nan = { words: 0, claims: 0, analysis: NaN, highlight: NaN, total: NaN, per1k: NaN, stages: {} };
          scale.push({ source: s.name, target, ...nan, error: firstLine(error) });
        }
      }
    }
    progress('');
    if (process.stderr.isTTY) process.stderr.write('\r');
    await scalePage.close();
    log('Scaling (analysis + highlight in the page; the article repeated to size)');
    log(
      `${padEnd('source', 12)} ${pad('words', 8)} ${pad('claims', 7)} ${pad('analysis', 9)} ${pad('highl.', 8)} ${pad('total', 8)} ${pad('ms/1k w', 8)}   analysis split (last run)`,
    );
    for (const r of scale) {
      if (r.error) log(`${padEnd(`${r.source} ~${r.target}`, 12)} error: ${r.error}`);
      else
        log(
          `${padEnd(r.source, 12)} ${pad(r.words, 8)} ${pad(r.claims, 7)} ${pad(ms(r.analysis), 9)} ${pad(ms(r.highlight), 8)} ${pad(ms(r.total), 8)} ${pad(ms(r.per1k), 8)}   ` +
            Object.entries(r.stages)
              .map(([k, v]) => `${k} ${ms(v)}`)
              .join(', '),
        );
    }
    /** How much the per-1,000-word cost grows from 1k words to the larger sizes (the worst of them). */
    const growthOf = (name: string) => {
      const rowsOf = scale.filter((r) => r.source === name && !r.error);
      const small = rowsOf.find((r) => r.target === SCALE_SIZES[0]);
      const larger = rowsOf.filter((r) => r.target !== SCALE_SIZES[0]);
      return small && larger.length ? Math.max(...larger.map((r) => r.per1k / small.per1k)) : NaN;
    };
    const growth = Object.fromEntries(sources.map((s) => [s.name, growthOf(s.name)]));
    log(
      `per-1k-word cost at 10k or 100k words ÷ at 1k, the higher: ${sources.map((s) => `${s.name} ×${growth[s.name]!.toFixed(2)}`).join(', ')}`,
    );
    log();

    // 3. Sizes.
    const size = sizes();
    log('Sizes (.output/chrome-mv3)');
    if (size.content)
      log(
        `  content script   ${pad(kb(size.content.raw), 7)} KB raw  ${pad(kb(size.content.gz), 6)} KB gz  (${size.content.files.join(', ')})`,
      );
    else log('  content script   not built');
    if (size.popup)
      log(
        `  popup            ${pad(kb(size.popup.raw), 7)} KB raw  ${pad(kb(size.popup.gz), 6)} KB gz  (${size.popup.files.join(', ')})`,
      );
    else log('  popup            not built');
    if (size.zip) log(`  packed extension ${pad(kb(size.zip.bytes), 7)} KB zip (${size.zip.file})`);
    else log('  packed extension no zip (run without --no-build)');
    log();

    // 4. Popup.
    let popup: PopupFigures | null = null;
    try {
      popup = await popupPaint(browser, url);
      const m = popup.median;
      log(`Popup on the seed page (ms from opening; median of ${popup.again.length} openings after the first)`);
      log(`  DOMContentLoaded ${ms(m.dcl)}, first paint ${ms(m.fcp)}, results painted ${ms(m.results)}`);
      log(
        `  results painted per opening: ${popup.again.map((t) => ms(t.results)).join(', ')}; first opening (injects and analyses): ${ms(popup.first.results)}`,
      );
      log(
        `  a blank page of the extension, opened the same way between them: DOMContentLoaded ${ms(popup.blank.dcl)}, first paint ${ms(popup.blank.fcp)}`,
      );
    } catch (error) {
      log(`Popup: ${firstLine(error)}`);
    }
    log();

    // Profiles (optional): where the time goes, by lib/ function.
    const profiles: Record<string, HotLists> = {};
    if (profile) {
      const runs: [string, string[], number, number][] = sources.map((s) => [
        `${s.name}-100k`,
        [`${url}/bench-generated/${s.name}-100000.html`],
        quick ? 1 : 3,
        1,
      ]);
      const worstPage = worst[0];
      if (worstPage) {
        const path = list.find((p) => p.name === worstPage.name)!.path;
        runs.push([`page-${worstPage.name}`, [url + path], 30, 1]);
      }
      // The figures behind the ratio: every measured page, cold, as measured above.
      const pagePaths = good.map((r) => url + list.find((p) => p.name === r.name)!.path);
      runs.push([`all-${good.length}-pages`, pagePaths, reps, warmup]);
      for (const [name, u, times, warm] of runs) {
        try {
          profiles[name] = await profileRun(context, u, bundled, name, times, warm);
          for (const line of hotLines(name, profiles[name]!)) log(line);
        } catch (error) {
          log(`profile ${name}: ${firstLine(error)}`);
        }
      }
      log();
    }
    if (browser.outsideRequests.length)
      note(`bench: aborted ${browser.outsideRequests.length} requests of the pages outside 127.0.0.1`);

    // Summary against the targets.
    const big = scale.filter((r) => r.target === 100_000 && !r.error).map((r) => r.total);
    const bigMax = big.length ? Math.max(...big) : NaN;
    const growths = Object.values(growth).filter(Number.isFinite);
    const growthMax = growths.length ? Math.max(...growths) : NaN;
    const paint = popup?.median.results ?? NaN;
    const contentKb = size.content ? size.content.gz / 1024 : NaN;
    const popupKb = size.popup ? size.popup.gz / 1024 : NaN;
    const checks = {
      ratio: med.ratio <= TARGETS.ratio,
      words100k: bigMax < TARGETS.words100kMs,
      growth: growthMax <= TARGETS.growth,
      content: contentKb <= TARGETS.contentKbGz,
      popup: popupKb <= TARGETS.popupKbGz,
      popupPaint: paint <= TARGETS.popupPaintMs,
    };
    log('Targets');
    log(
      `  ${verdict(checks.ratio)}  (analysis + highlight) ÷ Readability, median over ${good.length} pages: ${med.ratio.toFixed(2)} (≤ ${TARGETS.ratio})`,
    );
    log(
      `  ${verdict(checks.words100k)}  100k words analysed and highlighted: ${ms(bigMax)} ms (< ${TARGETS.words100kMs})`,
    );
    log(
      `  ${verdict(checks.growth)}  per-1k-word cost growth 1k → 100k: ×${growthMax.toFixed(2)} (≤ ×${TARGETS.growth})`,
    );
    log(`  ${verdict(checks.content)}  content script: ${contentKb.toFixed(1)} KB gz (≤ ${TARGETS.contentKbGz})`);
    log(`  ${verdict(checks.popup)}  popup: ${popupKb.toFixed(1)} KB gz (≤ ${TARGETS.popupKbGz})`);
    log(
      `  ${verdict(checks.popupPaint)}  popup results painted: ${ms(paint)} ms after opening (≤ ${TARGETS.popupPaintMs})`,
    );
    log();
    const passed = Object.values(checks).filter(Boolean).length;
    const summary =
      `bench: ${passed}/6 targets · ratio ${med.ratio.toFixed(2)} · 100k words ${ms(bigMax)} ms · ` +
      `per-1k growth ×${growthMax.toFixed(2)} · content ${contentKb.toFixed(1)} KB gz · popup ${popupKb.toFixed(1)} KB gz · ` +
      `zip ${size.zip ? kb(size.zip.bytes) : '–'} KB · popup paint ${ms(paint)} ms` +
      (passed < 6
        ? ` · missed: ${Object.keys(checks)
            .filter((k) => !checks[k as keyof typeof checks])
            .join(', ')}`
        : '');
    log(summary);

    if (jsonPath) {
      let commit = '';
      let dirty = false;
      try {
        commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
        dirty =
          execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
            cwd: ROOT,
            encoding: 'utf8',
          }).trim() !== '';
      } catch {
        /* not a checkout */
      }
      const json = {
        date: new Date().toISOString(),
        commit,
        dirty,
        options: { reps, warmup, quick, pages: good.length },
        seconds: (Date.now() - started) / 1000,
        targets: TARGETS,
        checks,
        summary: {
          ratioMedian: med.ratio,
          ratioMedian500Words: median(long.map((r) => r.ratio)),
          ratioMedianEnglish: median(english.map((r) => r.ratio)),
          medians: med,
          words100kMs: bigMax,
          growth,
          contentGzBytes: size.content?.gz ?? null,
          popupGzBytes: size.popup?.gz ?? null,
          zipBytes: size.zip?.bytes ?? null,
          popupPaintMs: Number.isFinite(paint) ? paint : null,
          line: summary,
        },
        pages: rows,
        notArticles: skipped,
        scaling: scale,
        sizes: size,
        popup,
        profiles,
      };
      mkdirSync(join(jsonPath, '..'), { recursive: true });
      writeFileSync(jsonPath, JSON.stringify(json, null, 2) + '\n');
      note(`bench: wrote ${relative(ROOT, jsonPath)}`);
    }
    note(`bench: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

function emptyFigures(): PageFigures {
  return {
    ok: false,
    isolated: false,
    words: 0,
    chars: 0,
    english: false,
    claims: 0,
    entities: 0,
    placed: 0,
    stages: {},
    times: { clone: [], readability: [], extract: [], analysis: [], highlight: [] },
    cold: { analysis: NaN, highlight: NaN },
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
