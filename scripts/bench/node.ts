/**
 * `npm run bench:node`: analyze() in node, warm, over real news text: a steadier measure than the
 * browser's for one change to the analysis (the page figures of `npm run bench` run each page's
 * code barely warmed up, and two of its runs differ by 4–7 %).
 *
 *   npm run bench:node                      PolNeAR dev (84 articles), 3 warm-up passes + 7 timed
 *   npm run bench:node -- --passes 15       more timed passes
 *   npm run bench:node -- --split train --limit 300
 *   npm run bench:node -- --profile         also the hot functions over 5 more passes (lib/ file:line)
 *   npm run bench:node -- --profile --top 60   … the 60 hottest (default 25)
 *
 * It prints the fastest and the median pass as ms per 1,000 words, with analyze()'s own split by
 * stage. lib/ is bundled by esbuild (as the page bundle of `npm run bench`) and run in this
 * process; the profile is node's (the same V8 as Chromium's, other versions).
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import type { Analysis } from '../../lib/types';
import { ROOT } from '../browser';
import { flag, median, value } from './common';
import { type CpuProfile, hotFunctions, hotLines } from './profile';
import { SourceMap } from './sourcemap';

const split = value('--split') ?? 'dev';
const limit = Number(value('--limit') ?? Infinity);
const passes = Number(value('--passes') ?? 7);
const BUNDLE_URL = 'sidelight-node.js';

const texts = readFileSync(join(ROOT, '../shared/eval/polnear', `${split}.jsonl`), 'utf8')
  .trim()
  .split('\n')
  .slice(0, limit)
  .map((line) => (JSON.parse(line) as { text: string }).text);
const words = texts.reduce((n, t) => n + (t.match(/\S+/g) ?? []).length, 0);

const built = await esbuild.build({
  stdin: {
    contents: `import { analyze } from './lib/analyze'; globalThis.sidelightAnalyze = analyze;`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  platform: 'neutral',
  target: 'es2022',
  write: false,
  outdir: 'out',
  sourcemap: 'external',
  logLevel: 'silent',
});
const js = built.outputFiles.find((f) => f.path.endsWith('.js'))!;
const map = new SourceMap(JSON.parse(built.outputFiles.find((f) => f.path.endsWith('.map'))!.text));
new vm.Script(js.text, { filename: BUNDLE_URL }).runInThisContext();
const analyze = (globalThis as unknown as { sidelightAnalyze: (text: string) => Analysis }).sidelightAnalyze;

/** One pass over every text: its time and analyze()'s split, in ms. */
function pass(): { ms: number; stages: Record<string, number> } {
  const stages: Record<string, number> = {};
  const t = performance.now();
  for (const text of texts) {
    for (const [k, v] of Object.entries(analyze(text).timings ?? {})) stages[k] = (stages[k] ?? 0) + v;
  }
  return { ms: performance.now() - t, stages };
}

const per1k = (ms: number) => ((ms / words) * 1000).toFixed(3);
for (let i = 0; i < 3; i++) pass();
const runs = Array.from({ length: passes }, pass).sort((a, b) => a.ms - b.ms);
const mid = runs[runs.length >> 1]!;
console.log(
  `bench:node: PolNeAR ${split}, ${texts.length} articles, ${words} words; 3 warm-up passes, ${passes} timed`,
);
console.log(`  ms per 1,000 words: fastest ${per1k(runs[0]!.ms)}, median ${per1k(median(runs.map((r) => r.ms)))}`);
console.log(
  `  by stage (median pass): ${Object.entries(mid.stages)
    .map(([k, v]) => `${k} ${per1k(v)}`)
    .join(', ')}`,
);

if (flag('--profile')) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let i = 0; i < 5; i++) pass();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  for (const line of hotLines(
    '5 passes',
    hotFunctions([profile as unknown as CpuProfile], map, BUNDLE_URL, Number(value('--top') ?? 25)),
  ))
    console.log(line);
}
