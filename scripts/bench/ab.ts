/**
 * `npm run bench:ab -- [ref]`: is this change faster? lib/ at a git ref (default HEAD) against the
 * working tree, on the same pages, in the same page, interleaved.
 *
 *   npm run bench:ab                      HEAD against the working tree, every shared page
 *   npm run bench:ab -- main~3            another ref
 *   options: --only slug,slug  --reps N (default 7)
 *
 * Two full `npm run bench` runs of the same code differed by 4–7 % here, more than most single
 * changes save. Here both builds of scripts/bench/page.ts are injected into each page
 * (renamed, so each has its own code and JIT state) and run alternately, A B B A A B …, after two
 * warm-ups each: the machine's load falls on both alike. It prints the median over pages of
 * B ÷ A (analysis + highlight, medians of the repetitions), the sums, and the sums by stage.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT, SHARED_PAGES, startServer } from '../browser';
import { argv, ISOLATION, median, pageBundle, progress, value } from './common';

const ref = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) ?? 'HEAD';
const reps = Number(value('--reps') ?? 7);
const only = value('--only')?.split(',');

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** scripts/bench/page.ts of the tree at `root`, as an IIFE whose global is `name`. */
async function bundle(root: string, name: string): Promise<string> {
  const r = await esbuild.build(pageBundle(root));
  return r.outputFiles[0]!.text.replaceAll('sidelightBench', name);
}

/** Runs in the page: two warm-ups each, then A and B alternately; strings, so no transpiler helpers leak in. */
const RUN = (reps: number, flip: number) => `(() => {
  const one = (b) => { const a = b.stage('analysis'); const h = b.stage('highlight'); return [a.ms + h.ms, a.stages]; };
  const out = { A: [], B: [], stages: { A: null, B: null } };
  for (let i = 0; i < 2 + ${reps}; i++) {
    for (const w of (${flip} ^ (i & 1)) ? ['B', 'A'] : ['A', 'B']) {
      const [ms, stages] = one(globalThis['bench' + w]);
      if (i >= 2) { out[w].push(ms); out.stages[w] = stages; }
    }
  }
  return out;
})()`;

async function main(): Promise<void> {
  const tree = mkdtempSync(join(tmpdir(), 'sidelight-ab-'));
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', tree, ref], { cwd: ROOT, stdio: 'inherit' });
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  const { url, server } = await startServer();
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const codes = { A: await bundle(tree, 'benchA'), B: await bundle(ROOT, 'benchB') };
    // Only 127.0.0.1; the pages' own scripts and images elsewhere are not fetched.
    await context.route('**/*', async (route) => {
      if (!route.request().url().startsWith(url)) return route.abort();
      const response = await route.fetch();
      return route.fulfill({ response, headers: { ...response.headers(), ...ISOLATION } });
    });
    let names = readdirSync(SHARED_PAGES).filter((d) => existsSync(join(SHARED_PAGES, d, 'source.html')));
    if (only) names = names.filter((n) => only.includes(n));
    const page = await context.newPage();
    const ratios: number[] = [];
    const totals = { A: [] as number[], B: [] as number[] };
    const stages = { A: new Map<string, number>(), B: new Map<string, number>() };
    for (const [i, name] of names.entries()) {
      progress(`  page ${i + 1}/${names.length} ${name}`);
      await page.goto(`${url}/pages/${name}/`, { waitUntil: 'domcontentloaded' });
      for (const w of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const))
        await page.addScriptTag({ content: codes[w] });
      const ok = (await page.evaluate('[benchA.prepare(false).ok, benchB.prepare(false).ok]')) as boolean[];
      if (!ok.every(Boolean)) continue; // not an article for the extension, as in npm run bench
      const r = (await page.evaluate(RUN(reps, i % 2))) as {
        A: number[];
        B: number[];
        stages: Record<'A' | 'B', Record<string, number>>;
      };
      const a = median(r.A);
      const b = median(r.B);
      ratios.push(b / a);
      totals.A.push(a);
      totals.B.push(b);
      for (const w of ['A', 'B'] as const)
        for (const [k, v] of Object.entries(r.stages[w])) stages[w].set(k, (stages[w].get(k) ?? 0) + v);
    }
    progress('');
    const f = (x: number) => x.toFixed(1);
    console.log(
      `A = lib/ at ${ref}, B = the working tree; ${ratios.length} pages, ${reps} repetitions each, interleaved`,
    );
    console.log(
      `B ÷ A (analysis + highlight): median over pages ${median(ratios).toFixed(3)}; sums A ${f(sum(totals.A))} ms, B ${f(sum(totals.B))} ms (${(sum(totals.B) / sum(totals.A)).toFixed(3)})`,
    );
    console.log(
      `by stage (last repetition, summed): ${[...stages.A.keys()].map((k) => `${k} ${f(stages.A.get(k)!)} → ${f(stages.B.get(k) ?? NaN)}`).join(', ')}`,
    );
  } finally {
    await context.close();
    server.close();
    rmSync(join(tree, 'node_modules'));
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
