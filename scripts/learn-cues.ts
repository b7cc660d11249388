/**
 * Learns attribution cue words from PolNeAR's training split (issue #3).
 *
 *   npx tsx scripts/learn-cues.ts        writes data/lexicons/learned-cues.json
 *
 * For every word form, counts how often it occurs in the training texts and how often it lies
 * inside a gold cue span; keeps the verb forms that are a cue at least 45 % of the time and at
 * least 5 times. Only the forms and their two counts are written (no corpus text: PolNeAR's
 * texts belong to their publishers). The dev split is never read, so it stays a fair test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findClaims } from '../lib/claims';
import { cueVerb, useLearnedFilters } from '../lib/claims/lexicon';
import { findEntities } from '../lib/nlp/entities';

const root = new URL('..', import.meta.url).pathname;
const train = join(root, '..', 'shared', 'eval', 'polnear', 'train.jsonl');
const MIN_CUES = 5;
const MIN_SHARE = 0.45;
/** Forms that are cues in the corpus but not verbs heading a clause (adverbs, nouns, adjectives). */
const NOT_VERBS = new Set(
  'also according statement criticism known expected eager confident aware convinced assertion suggestion complaints speculation assumption titled named nominated deemed widely publicly repeatedly reportedly strongly openly formally officially initially explicitly forcefully talking'.split(
    ' ',
  ),
);

interface GoldSpan {
  start: number;
  end: number;
}
interface Doc {
  text: string;
  attributions: Array<{ cue: GoldSpan | null; content: GoldSpan | null; source: GoldSpan | null }>;
}

// Every form counts, including those a previous run blocked.
useLearnedFilters(false);
const docs = readFileSync(train, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Doc);
const total = new Map<string, number>();
const asCue = new Map<string, number>();
for (const doc of docs) {
  const cues = doc.attributions
    .filter((a) => a.cue && a.content)
    .map((a) => a.cue!)
    .sort((a, b) => a.start - b.start);
  let ci = 0;
  for (const m of doc.text.matchAll(/[A-Za-z][A-Za-z'’-]*/g)) {
    const word = m[0].toLowerCase().replace(/’/g, "'");
    const at = m.index;
    total.set(word, (total.get(word) ?? 0) + 1);
    while (ci < cues.length && cues[ci]!.end <= at) ci++;
    // Cue spans can nest or overlap: look at the few that start before this word.
    for (let k = ci; k < cues.length && cues[k]!.start <= at; k++) {
      if (at < cues[k]!.end) {
        asCue.set(word, (asCue.get(word) ?? 0) + 1);
        break;
      }
    }
  }
}

const learned: Record<string, [number, number]> = {};
for (const [word, cues] of [...asCue].sort((a, b) => b[1] - a[1])) {
  const n = total.get(word)!;
  if (cues < MIN_CUES || cues / n < MIN_SHARE) continue;
  if (NOT_VERBS.has(word) || word.endsWith('ly') || (cueVerb(word) && !cueVerb(word)!.learned)) continue;
  if (!/(ed|ing|s)$/.test(word) && !/^(laid|sought|shown|told|thought|forecast)$/.test(word)) continue;
  learned[word] = [cues, n];
}

// 2. The engine's own claims on train, by cue form: forms whose claims are mostly wrong (content
// not matching a gold one at 50 % with the right source) are blocked.
const MIN_PREDICTED = 8;
const MAX_WRONG = 0.7;
const overlap = (a: GoldSpan, b: GoldSpan) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const right = new Map<string, number>();
const made = new Map<string, number>();
for (const doc of docs) {
  const gold = doc.attributions.filter((a) => a.content);
  for (const claim of findClaims(doc.text, findEntities(doc.text))) {
    const form = claim.cue.text.toLowerCase().replace(/’/g, "'");
    made.set(form, (made.get(form) ?? 0) + 1);
    const c = claim.content;
    const hit = gold.some((g) => {
      const x = overlap(g.content!, c);
      if (x < 0.5 * (g.content!.end - g.content!.start) || x < 0.5 * (c.end - c.start)) return false;
      return g.source ? !!claim.source.mention && overlap(g.source, claim.source.mention) > 0 : !claim.source.mention;
    });
    if (hit) right.set(form, (right.get(form) ?? 0) + 1);
  }
}
const blocked = [...made]
  .filter(([form, n]) => n >= MIN_PREDICTED && 1 - (right.get(form) ?? 0) / n > MAX_WRONG && form !== 'according to')
  .map(([form]) => form)
  .sort();

const out = {
  _source:
    'Learned by scripts/learn-cues.ts from the PolNeAR train split (Newell, Margolin and Ruths, LREC 2018): verb forms not in reporting-verbs.json that lie inside a gold cue span in at least 45 % of their occurrences (and at least 5 times). Values: [times inside a cue, occurrences].',
  forms: learned,
  _blocked:
    "Cue forms whose claims by this engine on PolNeAR train were wrong more than 70 % of the time (at least 8 claims): they are not used as cues.",
  blocked,
};
writeFileSync(join(root, 'data', 'lexicons', 'learned-cues.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`${Object.keys(learned).length} learned cue forms: ${Object.keys(learned).join(', ')}`);
console.log(`${blocked.length} blocked: ${blocked.map((f) => `${f} (${right.get(f) ?? 0}/${made.get(f)})`).join(', ')}`);
