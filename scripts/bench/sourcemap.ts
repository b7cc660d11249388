/**
 * Just enough of source maps (v3) to turn a generated (line, column) of the bench bundle into the
 * original file:line, for reporting the profiler's hot functions.
 */

interface Segment {
  col: number;
  source: number;
  line: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64_INDEX.get(ch);
    if (digit === undefined) throw new Error(`bad VLQ character ${ch}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

export class SourceMap {
  private lines: Segment[][] = [];
  readonly sources: string[];

  constructor(map: { sources: string[]; mappings: string }) {
    this.sources = map.sources;
    let source = 0;
    let line = 0;
    for (const generated of map.mappings.split(';')) {
      const segments: Segment[] = [];
      let col = 0;
      if (generated) {
        for (const part of generated.split(',')) {
          const v = decodeVlq(part);
          col += v[0] ?? 0;
          if (v.length >= 4) {
            source += v[1]!;
            line += v[2]!;
            segments.push({ col, source, line });
          }
        }
      }
      this.lines.push(segments);
    }
  }

  /** Original "file:line" (1-based line) for a 0-based generated line and column. */
  lookup(line: number, column: number): string | null {
    const segments = this.lines[line];
    if (!segments || segments.length === 0) return null;
    let best: Segment | undefined;
    for (const s of segments) {
      if (s.col <= column) best = s;
      else break;
    }
    best ??= segments[0]!;
    const file = (this.sources[best.source] ?? '?').replace(/^(\.\.\/)+/, '');
    return `${file}:${best.line + 1}`;
  }
}
