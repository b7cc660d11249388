import { findClaims } from './claims';
import { buildGlossary } from './glossary';
import { findEntities } from './nlp/entities';
import { forgetSentences } from './nlp/sentences';
import { assignSides, type SideChoices } from './sides';
import type { Analysis } from './types';

export interface AnalyzeOptions {
  /** The reader's remembered side choices: canonical source name → side id. */
  sideChoices?: SideChoices;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The whole analysis: article text in, claims, entities, sides and glossary out, with character
 * offsets into `text`. Pure and DOM-free: runs the same in the content script, in node and in tests.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const timings: Record<string, number> = {};
  let t = now();
  const lap = (name: string) => {
    const n = now();
    timings[name] = n - t;
    t = n;
  };
  // The sentences the stages share are split again for each analysis: a repeated analysis of the
  // same text (a benchmark's repetitions) costs what the first did.
  forgetSentences();
  const entities = findEntities(text);
  lap('entities');
  const found = findClaims(text, entities);
  lap('claims');
  const { sides, sourceSides, claims } = assignSides(text, found, entities, options.sideChoices ?? {});
  lap('sides');
  const glossary = buildGlossary(entities, claims);
  lap('glossary');
  return { text, claims, entities, sides, sourceSides, glossary, timings };
}
