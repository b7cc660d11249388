import type { SourceMap } from './sourcemap';

/** V8 CPU profiles (Chromium's through CDP, node's through its inspector), summed by function. */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
export interface Hot {
  name: string;
  where: string;
  /** Milliseconds in the function itself. */
  self: number;
  /** Milliseconds with the function anywhere on the stack (its callees included, recursion once). */
  total: number;
  share: number;
  totalShare: number;
}
/** The hottest functions by self time, and by total time (where a whole stage's cost shows). */
export interface HotLists {
  self: Hot[];
  total: Hot[];
}

/**
 * Self and total time by function over one or more profiles, the positions in the bundle named
 * `bundleUrl` mapped back to lib/ file:line.
 */
export function hotFunctions(profiles: CpuProfile[], map: SourceMap, bundleUrl: string, top = 15): HotLists {
  const byFn = new Map<string, Omit<Hot, 'share' | 'totalShare'>>();
  let all = 0;
  for (const p of profiles) {
    const parent = new Map<number, number>();
    for (const node of p.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
    const keyOf = new Map<number, string | undefined>();
    for (const node of p.nodes) {
      const f = node.callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(program)' || f.functionName === '(root)') continue;
      const where =
        f.url === bundleUrl
          ? (map.lookup(f.lineNumber, f.columnNumber) ?? `bundle:${f.lineNumber + 1}`)
          : f.url
            ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`
            : '(native)';
      const name = f.functionName || '(anonymous)';
      const key = `${name}@${where}`;
      keyOf.set(node.id, key);
      if (!byFn.has(key)) byFn.set(key, { name, where, self: 0, total: 0 });
    }
    p.samples.forEach((id, i) => {
      const key = keyOf.get(id);
      if (key === undefined) return;
      const t = (p.timeDeltas[i] ?? 0) / 1000;
      all += t;
      byFn.get(key)!.self += t;
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const k = keyOf.get(n);
        if (k === undefined || seen.has(k)) continue;
        seen.add(k);
        byFn.get(k)!.total += t;
      }
    });
  }
  const hot = [...byFn.values()].map((e) => ({ ...e, share: e.self / all, totalShare: e.total / all }));
  return {
    self: [...hot].sort((a, b) => b.self - a.self).slice(0, top),
    total: [...hot].sort((a, b) => b.total - a.total).slice(0, top),
  };
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n));

/** The two lists as printed lines. */
export function hotLines(name: string, hot: HotLists): string[] {
  const row = (share: number, t: number, h: Hot) =>
    `  ${(share * 100).toFixed(1).padStart(5)}%  ${ms(t).padStart(7)} ms  ${cut(h.name, 30)} ${h.where}`;
  return [
    `Hot functions (self time), ${name}:`,
    ...hot.self.map((h) => row(h.share, h.self, h)),
    `Hot functions (total time: with their callees), ${name}:`,
    ...hot.total.map((h) => row(h.totalShare, h.total, h)),
  ];
}
