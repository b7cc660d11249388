import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';

/** What `npm run bench` and `npm run bench:ab` share. */

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
