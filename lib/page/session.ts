import { analyze } from '../analyze';
import { extractArticle, type ExtractedArticle } from '../extract/extract';
import { Painter, type PlacedClaim } from '../highlight/painter';
import type { AnalysisView, PageState } from '../messaging';
import type { SideChoices } from '../sides';
import { applySideColors } from '../settings';
import type { Analysis } from '../types';

/**
 * One run of Sidelight on a live page: extraction, analysis, highlights, navigation. Everything it
 * adds to the page (highlights, the adopted style sheet) goes away with `dispose()`.
 */
export class PageSession {
  private article: ExtractedArticle | null = null;
  private analysis: Analysis | null = null;
  private painter: Painter | null = null;
  private highlightsOn = true;
  private unplaced = 0;
  private stale = false;
  private current = -1;
  private forced = false;
  private lastFailure: PageState | null = null;
  /** Milliseconds per stage of the last run (extract, analyze, highlight), for the benchmark. */
  timings: Record<string, number> = {};

  constructor(
    private readonly doc: Document,
    private choices: SideChoices = {},
    /** The reader's side colours (options page), by side id. */
    private colors: Record<string, string> = {},
  ) {}

  /** analyze() with the reader's side choices and colours applied. */
  private analyse(text: string): Analysis {
    const analysis = analyze(text, { sideChoices: this.choices });
    return { ...analysis, sides: applySideColors(analysis.sides, this.colors) };
  }

  /** The reader changed side colours on the options page: repaint. */
  setColors(colors: Record<string, string>): PageState {
    this.colors = colors;
    return this.setChoices(this.choices);
  }

  /** Analyses the page, or returns the last result when nothing changed and no fresh run is asked. */
  run(options: { force?: boolean; fresh?: boolean } = {}): PageState {
    const cached = this.cached(options);
    if (cached) return cached;
    this.dispose();
    this.stale = false;
    const t0 = performance.now();
    const extracted = extractArticle(this.doc, { force: options.force });
    const t1 = performance.now();
    this.forced = !!options.force;
    if (!extracted.ok) {
      const failure: PageState = { kind: extracted.reason, message: extracted.message };
      this.lastFailure = failure;
      this.timings = { extract: t1 - t0 };
      return failure;
    }
    this.lastFailure = null;
    this.article = extracted.article;
    this.analysis = this.analyse(this.article.text);
    const t2 = performance.now();
    this.painter = new Painter(this.doc, this.article.map);
    this.unplaced = this.painter.place(this.analysis.claims).unplaced;
    if (this.highlightsOn) this.painter.paint(this.analysis.sides);
    const t3 = performance.now();
    this.timings = { extract: t1 - t0, analyze: t2 - t1, highlight: t3 - t2 };
    this.current = -1;
    return this.state();
  }

  private cached(options: { force?: boolean; fresh?: boolean }): PageState | null {
    if (options.fresh) return null;
    // The page changed under us: say so (the popup offers to re-analyse) rather than re-run unasked.
    if (this.stale) return this.state();
    if (this.analysis) {
      this.replace(); // text may have been removed since: drop and count what is gone
      return this.state();
    }
    if (this.lastFailure && (!options.force || this.forced)) return this.lastFailure;
    return null;
  }

  state(): PageState {
    if (!this.analysis || !this.article) return this.lastFailure ?? { kind: 'empty', message: 'Not analysed yet.' };
    const { text: _text, ...view } = this.analysis;
    return {
      kind: 'article',
      title: this.article.title,
      analysis: view satisfies AnalysisView,
      highlightsOn: this.highlightsOn,
      unplaced: this.unplaced,
      english: this.article.english,
      stale: this.stale,
    };
  }

  /** Whether highlights are on the page now (on, and the page has not changed under us). */
  get showing(): boolean {
    return this.highlightsOn && !this.stale && this.painter !== null;
  }

  /** Whether the page navigated (single-page app) since the last run. */
  get isStale(): boolean {
    return this.stale;
  }

  /** The claims placed on the page; none once the page has changed under us (their text may be gone). */
  get placed(): readonly PlacedClaim[] {
    return this.stale ? [] : (this.painter?.claims ?? []);
  }

  get textMap() {
    return this.article?.map ?? null;
  }

  get result(): Analysis | null {
    return this.analysis;
  }

  setHighlights(on: boolean): boolean {
    this.highlightsOn = on;
    if (!this.painter || !this.analysis) return on;
    if (on && !this.stale) this.painter.paint(this.analysis.sides);
    else if (!on) this.painter.clear();
    return on;
  }

  /** The page changed under us (navigation in a single-page app): drop highlights, keep the offer. */
  markStale(): void {
    // A failure was about the page that is gone: the next run reads the new one.
    this.lastFailure = null;
    if (!this.analysis) return;
    this.painter?.clear();
    this.stale = true;
  }

  /** Re-colours after the reader moved a source to another side. */
  setChoices(choices: SideChoices): PageState {
    this.choices = choices;
    if (!this.article || !this.painter) return this.state();
    this.analysis = this.analyse(this.article.text);
    this.replace();
    return this.state();
  }

  /** Places the claims again (ranges of removed text are dropped and counted) and repaints. */
  private replace(): void {
    if (!this.painter || !this.analysis) return;
    this.unplaced = this.painter.place(this.analysis.claims).unplaced;
    if (this.highlightsOn && !this.stale) this.painter.paint(this.analysis.sides);
  }

  /** Scrolls to a claim and marks it as the current one; returns its placed form. */
  focusClaim(claimId: string): PlacedClaim | null {
    const i = this.placed.findIndex((p) => p.claim.id === claimId);
    if (i < 0) return null;
    this.current = i;
    const p = this.placed[i]!;
    this.scrollTo(p.content);
    this.painter?.focus(p.content);
    return p;
  }

  /** Moves to the next (1) or previous (-1) claim, wrapping around. */
  step(direction: 1 | -1): PlacedClaim | null {
    const n = this.placed.length;
    if (n === 0) return null;
    this.current = this.current < 0 ? (direction === 1 ? 0 : n - 1) : (this.current + direction + n) % n;
    return this.focusClaim(this.placed[this.current]!.claim.id);
  }

  /** Scrolls to a stretch of article text and flashes it (glossary mentions). */
  jumpTo(start: number, end: number): boolean {
    if (this.stale) return false;
    const range = this.painter?.range({ start, end, text: '' });
    if (!range) return false;
    this.scrollTo(range);
    this.painter?.flash(range);
    return true;
  }

  private scrollTo(range: Range): void {
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }

  dispose(): void {
    this.painter?.clear();
    this.painter = null;
    this.analysis = null;
    this.article = null;
    this.current = -1;
  }
}
