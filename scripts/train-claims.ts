/**
 * Trains the content-end model of the attribution engine (lib/claims/boundary.ts) on PolNeAR train.
 *
 *   npm run train:claims        writes data/lexicons/content-ends.json
 *
 * The engine runs on every training article with the model off; each content it could cut is
 * matched to the gold content starting at the same place, and its candidate cuts are labelled
 * "keep going" before the gold end and "end here" at it. An averaged perceptron is trained the way
 * the engine uses it: the first candidate scoring above zero ends the content. Only feature names
 * and weights are written (no corpus text: PolNeAR's texts belong to their publishers). The dev
 * split is never read, so it stays a fair test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findClaims } from '../lib/claims';
import { observeContents, type Candidate } from '../lib/claims/boundary';
import { findEntities } from '../lib/nlp/entities';

const root = new URL('..', import.meta.url).pathname;
const train = join(root, '..', 'shared', 'eval', 'polnear', 'train.jsonl');
const EPOCHS = 5;
/** Weights smaller than this are dropped from the shipped file. */
const MIN_WEIGHT = 0.3;

interface GoldSpan {
  start: number;
  end: number;
}
interface Doc {
  text: string;
  attributions: Array<{ content: GoldSpan | null }>;
}
/** A content the engine produced: its candidate cuts, and the index of the right one (-1: none). */
interface Sequence {
  candidates: Candidate[];
  gold: number;
}

/** The scorer's trimming: edge white space, quote marks and punctuation. */
const EDGE = /[\s"'“”‘’«»„,.;:()[\]—–-]/;
function trimmed(text: string, s: GoldSpan): GoldSpan {
  let a = s.start;
  let b = s.end;
  while (a < b && EDGE.test(text[a]!)) a++;
  while (b > a && EDGE.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

const docs = readFileSync(train, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Doc);

const sequences: Sequence[] = [];
for (const doc of docs) {
  const gold = doc.attributions.filter((a) => a.content).map((a) => trimmed(doc.text, a.content!));
  observeContents((start, candidates) => {
    // The gold content starting here (give or take an opening "that").
    let best: GoldSpan | undefined;
    for (const g of gold) {
      if (g.start < start - 6 || g.start > start + 2 || g.end <= start) continue;
      if (!best || Math.abs(g.start - start) < Math.abs(best.start - start)) best = g;
    }
    if (!best || !candidates.length) return;
    const end = best.end;
    let k = candidates.findIndex((c) => c.prevEnd >= end);
    // The gold end must fall just before the cut (only punctuation or quote marks between).
    if (k >= 0 && !/^[\s"'“”‘’«»„,.;:()[\]—–-]*$/.test(doc.text.slice(end, candidates[k]!.prevEnd))) {
      candidates = candidates.slice(0, k);
      k = -1;
    }
    sequences.push({ candidates, gold: k });
  });
  findClaims(doc.text, findEntities(doc.text));
}
observeContents(undefined);

// ---- Averaged perceptron, trained with the engine's decoding (first positive score cuts) ----------
const w = new Map<string, number>();
const total = new Map<string, number>();
const stamp = new Map<string, number>();
let bias = 0;
let biasTotal = 0;
let biasStamp = 0;
let step = 0;
function update(fs: string[], by: number): void {
  for (const f of fs) {
    const old = w.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + old * (step - (stamp.get(f) ?? 0)));
    stamp.set(f, step);
    w.set(f, old + by);
  }
  biasTotal += bias * (step - biasStamp);
  biasStamp = step;
  bias += by;
}
const score = (fs: string[]) => fs.reduce((s, f) => s + (w.get(f) ?? 0), bias);

let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = sequences.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let right = 0;
  for (const i of order) {
    step++;
    const { candidates, gold } = sequences[i]!;
    const stop = gold >= 0 ? gold : candidates.length;
    const cut = candidates.findIndex((c, n) => n <= stop && score(c.features) > 0);
    const predicted = cut < 0 || cut > stop ? -1 : cut;
    if (predicted === gold) {
      right++;
      continue;
    }
    if (predicted >= 0) update(candidates[predicted]!.features, -1);
    if (gold >= 0 && (predicted < 0 || predicted > gold)) update(candidates[gold]!.features, 1);
  }
  console.log(`epoch ${epoch + 1}: ${right}/${sequences.length} contents ended right`);
}

// Averages: each weight's sum over all steps, divided by the number of steps.
const averaged: Record<string, number> = {};
for (const [f, v] of w) {
  const avg = ((total.get(f) ?? 0) + v * (step - (stamp.get(f) ?? 0))) / step;
  if (Math.abs(avg) >= MIN_WEIGHT) averaged[f] = Math.round(avg * 100) / 100;
}
const avgBias = Math.round(((biasTotal + bias * (step - biasStamp)) / step) * 100) / 100;

const out = {
  _source:
    'Trained by scripts/train-claims.ts on the PolNeAR train split (Newell, Margolin and Ruths, LREC 2018): an averaged perceptron deciding where the content after a cue ends (lib/claims/boundary.ts). Feature names and weights only.',
  bias: avgBias,
  weights: averaged,
};
writeFileSync(join(root, 'data', 'lexicons', 'content-ends.json'), JSON.stringify(out) + '\n');
const cut = sequences.filter((s) => s.gold >= 0).length;
console.log(`${sequences.length} contents (${cut} cut by the gold), ${Object.keys(averaged).length} weights kept of ${w.size}`);
