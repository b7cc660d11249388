import type { TextMap } from '../extract/text-map';
import type { Claim, Side, Span } from '../types';

/**
 * Paints claims on the live page with the CSS Custom Highlight API: one `Highlight` per side for
 * claim content and one, lighter, for source mentions. The page's DOM is not changed: the colours
 * come from a constructed style sheet adopted by the document, and `clear()` removes both.
 */

export const HIGHLIGHT_PREFIX = 'sidelight';

/** A claim placed on the page: its live ranges, for painting, hit-testing and scrolling. */
export interface PlacedClaim {
  claim: Claim;
  content: Range;
  source: Range | null;
}

export interface PaintResult {
  placed: PlacedClaim[];
  /** Claims whose text is no longer on the page (removed or changed since extraction). */
  unplaced: number;
}

const highlightName = (sideId: string, part: 'content' | 'source' | 'focus') =>
  `${HIGHLIGHT_PREFIX}-${part}-${sideId.replace(/[^a-z0-9-]/gi, '_')}`;

/** Whether this browser can paint highlights without touching the DOM. */
export function highlightApiSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Painter {
  private names = new Set<string>();
  private sheet: CSSStyleSheet | null = null;
  /** The rules in `sheet`: a repaint in the same colours (each popup opening) keeps them as they are. */
  private css = '';
  private placed: PlacedClaim[] = [];
  /** The sides of the last paint that have claims on the page: the sheet has rules for these. */
  private sides: Side[] = [];

  constructor(
    private readonly doc: Document,
    private readonly map: TextMap,
  ) {}

  /** Places every claim's content and source mention on the page as live ranges. */
  place(claims: Claim[]): PaintResult {
    const placed: PlacedClaim[] = [];
    let unplaced = 0;
    for (const claim of claims) {
      const content = this.range(claim.content);
      // The page may have changed since extraction: a range whose text is not the claim's is stale.
      if (!content || squeeze(content.toString()) !== squeeze(claim.content.text)) {
        unplaced++;
        continue;
      }
      const source = claim.source.mention ? this.range(claim.source.mention) : null;
      placed.push({ claim, content, source });
    }
    this.placed = placed;
    return { placed, unplaced };
  }

  range(span: Span): Range | null {
    return this.map.toRange(span.start, span.end);
  }

  /** (Re)paints the placed claims in their sides' colours. */
  paint(sides: Side[]): void {
    if (!highlightApiSupported()) return;
    this.clearHighlights();
    const groups = new Map<string, { content: Range[]; source: Range[] }>();
    for (const p of this.placed) {
      const side = p.claim.side ?? 'unknown';
      let g = groups.get(side);
      if (!g) groups.set(side, (g = { content: [], source: [] }));
      g.content.push(p.content);
      if (p.source) g.source.push(p.source);
    }
    for (const [side, g] of groups) {
      this.set(highlightName(side, 'content'), g.content);
      this.set(highlightName(side, 'source'), g.source);
    }
    // Rules for the sides painted, and none at all (no style sheet) while nothing is painted.
    this.sides = sides.filter((s) => groups.has(s.id));
    if (groups.size > 0 || this.sheet) this.setStyles();
  }

  /** Marks one claim as the focused one (keyboard navigation, popup jumps). */
  focus(range: Range | null): void {
    if (!highlightApiSupported()) return;
    const name = highlightName('current', 'focus');
    if (range) {
      this.set(name, [range], 2);
      if (!this.sheet) this.setStyles();
    } else {
      CSS.highlights.delete(name);
      this.names.delete(name);
    }
  }

  /** A short flash over a range (glossary jumps). */
  flash(range: Range, ms = 1200): void {
    if (!highlightApiSupported()) return;
    const name = highlightName('flash', 'focus');
    this.set(name, [range], 3);
    if (!this.sheet) this.setStyles();
    setTimeout(() => {
      if (CSS.highlights.get(name)?.has(range)) {
        CSS.highlights.delete(name);
        this.names.delete(name);
      }
    }, ms);
  }

  get claims(): readonly PlacedClaim[] {
    return this.placed;
  }

  /** Removes every highlight and the style sheet: the page is as it was. */
  clear(): void {
    this.clearHighlights();
    if (this.sheet) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
      this.sheet = null;
    }
  }

  private clearHighlights(): void {
    if (!highlightApiSupported()) return;
    for (const name of this.names) CSS.highlights.delete(name);
    this.names.clear();
  }

  private set(name: string, ranges: Range[], priority = 0): void {
    if (ranges.length === 0) return;
    const h = new Highlight(...ranges);
    h.priority = priority;
    CSS.highlights.set(name, h);
    this.names.add(name);
  }

  /** Adopts (or updates) the style sheet with the rules of the painted sides, focus and flash. */
  private setStyles(): void {
    const rules = this.sides.map((s) => {
      const content = highlightName(s.id, 'content');
      const source = highlightName(s.id, 'source');
      return (
        `::highlight(${content}) { background-color: ${withAlpha(s.color, 0.28)}; ` +
        `text-decoration: underline 2px ${s.color}; text-underline-offset: 3px; }\n` +
        `::highlight(${source}) { background-color: ${withAlpha(s.color, 0.12)}; ` +
        `text-decoration: underline dotted 2px ${s.color}; text-underline-offset: 3px; }`
      );
    });
    rules.push(
      `::highlight(${highlightName('current', 'focus')}) { background-color: rgba(255, 200, 0, 0.45); text-decoration: underline 3px currentColor; }`,
      `::highlight(${highlightName('flash', 'focus')}) { background-color: rgba(255, 200, 0, 0.8); color: #000; }`,
    );
    const css = rules.join('\n');
    const win = this.doc.defaultView;
    if (!win) return;
    if (this.sheet && css === this.css) return;
    if (!this.sheet) {
      this.sheet = new win.CSSStyleSheet();
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(css);
    this.css = css;
  }
}

/** Text without white space, to compare a live range with article text (breaks and spacing differ). */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** "#rrggbb" → "rgba(r, g, b, a)"; other colour syntaxes are used as they are, via color-mix. */
export function withAlpha(color: string, alpha: number): string {
  if (!HEX6.test(color)) return `color-mix(in srgb, ${color} ${Math.round(alpha * 100)}%, transparent)`;
  const n = parseInt(color.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
const HEX6 = /^#[0-9a-f]{6}$/i;
