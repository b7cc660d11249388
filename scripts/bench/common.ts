import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';

/** What `npm run bench`, `bench:ab` and `bench:node` share. */

/** The command line after the script's name. */
export const argv = process.argv.slice(2);
/** Whether `--name` was given. */
export const flag = (name: string) => argv.includes(name);
/** The value after `--name`, unless another option follows it instead. */
export const value = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  const v = i >= 0 ? argv[i + 1] : undefined;
  return v && !v.startsWith('--') ? v : undefined;
};

/** A progress line on a terminal, rewritten in place; nothing when stderr is a file or a pipe. */
export const progress = (s: string) => {
  if (process.stderr.isTTY) process.stderr.write(`\r${s.padEnd(70).slice(0, 70)}`);
};

/** The median of the finite values (the mean of the middle two for an even count), or NaN. */
export const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Headers that make a served page cross-origin isolated, so performance.now() has 5 µs resolution. */
export const ISOLATION = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

/** esbuild options for scripts/bench/page.ts of the tree at `root`: one IIFE, as the extension's target, not minified. */
export const pageBundle = (root: string) =>
  ({
    entryPoints: [join(root, 'scripts/bench/page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022', // as the extension's build (wxt.config.ts); not minified, so the profiler names functions
    write: false,
    logLevel: 'silent',
  }) as const satisfies BuildOptions;
