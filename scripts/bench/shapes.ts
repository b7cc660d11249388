/**
 * `npm run bench:shapes`: whether analyze() stays linear on hostile text shapes (issue #6: "find
 * the cost … a quadratic loop"). Each shape is a short unit repeated to two sizes, 8× apart, in
 * node; the time at the larger ÷ the time at the smaller is about 8 for linear cost and 64 for
 * quadratic. A shape whose growth passes 16 is marked. Three shapes once took 50–80 s at 8,000
 * repetitions, and a fourth (said-of) grew ×22 (test/robustness/shapes.test.ts keeps them with a
 * time limit).
 *
 *   npm run bench:shapes                      every shape at 1,000 and 8,000 repetitions
 *   npm run bench:shapes -- --sizes 4000,32000
 *   npm run bench:shapes -- --only cue-run,headline-cues
 *
 * Small times are noisy (a shape's whole analysis at 1,000 repetitions may be a few ms): read a
 * marked shape again at larger sizes before believing it.
 */
import { analyze } from '../../lib/analyze';
import { value } from './common';

const sizes = (value('--sizes') ?? '1000,8000').split(',').map(Number) as [number, number];
const only = value('--only')?.split(',');

/** A fixed pseudo-random sequence, so each run builds the same names. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}
const random = seeded(7);
const SYLLABLES = ['ka', 'lo', 'mi', 'tr', 'ven', 'sa', 'dor', 'pel', 'qu', 'zan'];
/** A made-up two-word name ("Kalomi Vensador"): every repetition names someone new. */
function newName(): string {
  const word = () => {
    let s = '';
    for (let k = 0; k < 3; k++) s += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return s[0]!.toUpperCase() + s.slice(1);
  };
  return `${word()} ${word()}`;
}

/** Each shape: n repetitions of its unit (a string, or a function of the repetition's index). */
const UNITS: Record<string, string | ((i: number) => string)> = {
  'cue-run': 'the minister said that the plan works, ',
  'cue-run-no-that': 'officials claimed the army advanced and ',
  'headline-cues': 'Ellis Says the plan works for everyone here. ',
  'headline-lines': 'Ellis Says the plan works for everyone here.\n',
  'said-inverted': 'Said Ellis: the war ended. ',
  quotes: '“We will win,” he said. ',
  'quotes-unclosed': '“We will win and ',
  'quotes-single': '‘We will win,’ he said. ',
  'quotes-straight': '"We will win," she said "and ',
  'quotes-only': '“a” ',
  'quotes-continued': '“A.” “B.” “C.” ',
  'quotes-over-lines': '“A,” he said.\n“B.\n',
  signatures: '“Stop it” ― Carla Sanchez ',
  'according-to': 'according to officials the war ended, ',
  'cue-nouns': "Moscow's claim that the war ended and ",
  'speaker-labels': 'PENCE: Well, look. ',
  'speaker-lines': 'PENCE: Well, look.\n',
  'asked-clauses': 'Asked whether it was true, he said yes. ',
  'said-of': 'Officials said of Clinton that the chance is good and more. ',
  pronouns: 'He said it was fine. She told him. They argued. ',
  'definite-sources': 'The Ministry of Defence of Kandor said it won. The ministry said so. ',
  'new-people': () => `${newName()} said the war ended. `,
  'new-organisations': () => `The ${newName()} Ministry said the war ended. The ministry added that it was over. `,
  'known-names': 'Vladimir Putin met Volodymyr Zelensky and Donald Trump, ',
  roles: 'Russia’s Ambassador to the UN Vasily Nebenzya said, ',
  'title-case': 'The Quick Brown Fox Jumps Over The Lazy Dog ',
  'all-caps': 'THE MINISTRY SAID THE WAR ENDED ',
  possessives: "Putin's aide's friend's claim that ",
  hyphens: 'Kremlin-linked-backed-style ',
  initials: 'J. R. R. T. said. ',
  parentheses: '(the minister (said ',
  commas: ', , , said , , ',
  dashes: '— said — ',
  colons: 'Source: the war ended: ',
  'one-word': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
};
const names = Object.keys(UNITS);
/** Every shape above in turn, with a paragraph break every seventh. */
UNITS.mixed = (i) => {
  const unit = UNITS[names[i % names.length]!]!;
  return (typeof unit === 'string' ? unit : unit(i)) + (i % 7 === 0 ? '\n' : '');
};

function build(unit: string | ((i: number) => string), n: number): string {
  if (typeof unit === 'string') return unit.repeat(n);
  let text = '';
  for (let i = 0; i < n; i++) text += unit(i);
  return text;
}

function time(text: string): number {
  const t = performance.now();
  analyze(text);
  return performance.now() - t;
}

console.log(
  `bench:shapes: analyze() at ${sizes[0]} and ${sizes[1]} repetitions of each shape (×${sizes[1] / sizes[0]})`,
);
let marked = 0;
for (const [name, unit] of Object.entries(UNITS)) {
  if (only && !only.includes(name)) continue;
  time(build(unit, 200)); // warm-up
  const [small, large] = sizes.map((n) => time(build(unit, n))) as [number, number];
  const growth = large / small;
  const superlinear = growth > 2 * (sizes[1] / sizes[0]);
  if (superlinear) marked++;
  console.log(
    `  ${name.padEnd(18)} ${small.toFixed(0).padStart(6)} ms ${large.toFixed(0).padStart(7)} ms  ×${growth.toFixed(1)}${superlinear ? '  <- grows faster than the text' : ''}`,
  );
}
console.log(
  marked
    ? `bench:shapes: ${marked} shape(s) grow faster than the text`
    : 'bench:shapes: every shape grows with the text',
);
