import { Readability } from '@mozilla/readability';
import { analyze } from '../../lib/analyze';
import { extractArticle, type ExtractedArticle } from '../../lib/extract/extract';
import { Painter } from '../../lib/highlight/painter';
import type { Analysis } from '../../lib/types';

/**
 * The page side of the benchmark: bundled by esbuild into an IIFE and injected into each served
 * page (main world), then driven stage by stage with page.evaluate. Every time is taken inside
 * the page with performance.now(); between stages the page is idle, as between a reader's clicks.
 */

export type Stage = 'readability' | 'extract' | 'analysis' | 'highlight';

export interface Prepared {
  ok: boolean;
  message?: string;
  /** Whether performance.now() has its fine (cross-origin isolated) resolution here. */
  isolated: boolean;
  words: number;
  chars: number;
  /** Whether the article text looks English (the analysis reads English only; others get a warning). */
  english: boolean;
}

export interface StageResult {
  /** Milliseconds of the stage. */
  ms: number;
  /** readability: the clone it parses, timed apart (not part of `ms`). */
  cloneMs?: number;
  /** analysis: what was found, and analyze()'s own split (entities, claims, sides, glossary). */
  claims?: number;
  entities?: number;
  stages?: Record<string, number>;
  /** highlight: claims placed on the page. */
  placed?: number;
}

const now = () => performance.now();
const countWords = (text: string) => (text.match(/\S+/g) ?? []).length;

let article: ExtractedArticle | null = null;
let analysis: Analysis | null = null;

/**
 * Extracts the article once. Without `force` this is the extension's own decision, so pages the
 * popup would call "not an article" are left out.
 */
function prepare(force: boolean): Prepared {
  const isolated = globalThis.crossOriginIsolated === true;
  const r = extractArticle(document, { force });
  if (!r.ok) return { ok: false, message: r.message, isolated, words: 0, chars: 0, english: false };
  article = r.article;
  return { ok: true, isolated, words: countWords(article.text), chars: article.text.length, english: article.english };
}

function stage(name: Stage): StageResult {
  if (!article) throw new Error('prepare() first');
  switch (name) {
    case 'readability': {
      // Readability's parse of a fresh clone, as a reader view runs it; the clone timed apart.
      let t = now();
      const clone = document.cloneNode(true) as Document;
      const cloneMs = now() - t;
      t = now();
      new Readability(clone).parse();
      return { ms: now() - t, cloneMs };
    }
    case 'extract': {
      // Ours: readerable check, text node lists, clone, Readability, the text map.
      const t = now();
      const r = extractArticle(document, { force: true });
      const ms = now() - t;
      if (!r.ok) throw new Error(`extraction failed: ${r.message}`);
      return { ms };
    }
    case 'analysis': {
      const t = now();
      analysis = analyze(article.text);
      return {
        ms: now() - t,
        claims: analysis.claims.length,
        entities: analysis.entities.length,
        stages: { ...(analysis.timings ?? {}) },
      };
    }
    case 'highlight': {
      if (!analysis) throw new Error('analysis first');
      // Live ranges from the text map, then the Highlight registry and the style sheet.
      const t = now();
      const painter = new Painter(document, article.map);
      const { placed } = painter.place(analysis.claims);
      painter.paint(analysis.sides);
      const ms = now() - t;
      painter.clear();
      return { ms, placed: placed.length };
    }
  }
}

/** One analysis + highlight, for the profiler. */
function once(): void {
  if (!article && !prepare(true).ok) return;
  stage('analysis');
  stage('highlight');
}

(globalThis as unknown as { sidelightBench: unknown }).sidelightBench = { prepare, stage, once };
