import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/nlp/entities';
import { assignSides, SIDE_PALETTE } from '../../lib/sides';
import type { Claim, Entity, Span } from '../../lib/types';

const seed = readFileSync(new URL('../fixtures/seed/article.txt', import.meta.url), 'utf8');
const seedEntities = findEntities(seed);

function span(text: string, words: string, from = 0): Span {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`not in text: ${words}`);
  return { start, end: start + words.length, text: words };
}

let n = 0;
/** A claim by hand: the source's mention is the first occurrence of `mention` after `from`. */
function claim(
  text: string,
  entities: Entity[],
  name: string,
  mention: string | null,
  content: string,
  from = 0,
): Claim {
  const entity = entities.find((e) => e.name === name);
  return {
    id: `c${n++}`,
    kind: 'indirect',
    content: span(text, content),
    cue: { start: 0, end: 0, text: '' },
    source: { mention: mention ? span(text, mention, from) : null, name, entityId: entity?.id, role: entity?.role },
    confidence: 1,
  };
}

const seedClaims = (): Claim[] => [
  claim(
    seed,
    seedEntities,
    'Russian Defense Ministry',
    'Russian Defense Ministry',
    'its forces had driven Ukrainian troops',
  ),
  claim(seed, seedEntities, 'Volodymyr Zelensky', 'Volodymyr Zelensky', 'his troops are active'),
  claim(seed, seedEntities, 'Ukrainian sources', 'Ukrainian sources', 'Russian forces had stepped up'),
  claim(seed, seedEntities, 'Moscow', 'Moscow claims', 'its troops advanced'),
  claim(seed, seedEntities, 'Ukrainian soldiers', 'Ukrainian soldiers', 'they are losing territory'),
  claim(
    seed,
    seedEntities,
    "representative of Ukraine's 66th Separate Mechanized Brigade",
    'representative of Ukraine’s 66th Separate Mechanized Brigade',
    'Sometimes there are 10',
  ),
  claim(seed, seedEntities, 'Vasily Nebenzya', 'Vasily Nebenzya', 'the Kremlin remained interested'),
  claim(seed, seedEntities, 'Maria Zakharova', 'Zakharova said', 'the talks would focus'),
];

describe('assignSides on the seed article', () => {
  const r = assignSides(seed, seedClaims(), seedEntities, {});
  const side = (source: string) => r.sourceSides.find((s) => s.source === source)!;
  const label = (id: string) => r.sides.find((s) => s.id === id)?.label;

  it('builds the side list from the article: Russia, Ukraine, United States', () => {
    expect(r.sides.map((s) => s.label)).toEqual(['Russia', 'Ukraine', 'United States']);
    expect(r.sides.map((s) => s.badge)).toEqual(['RU', 'UA', 'US']);
    expect(r.sides.map((s) => s.color)).toEqual(SIDE_PALETTE.slice(0, 3));
  });

  it('reads demonyms, countries, capitals and roles, with the words and where they are', () => {
    expect(side('Russian Defense Ministry').evidence).toMatchObject({ reason: 'demonym', text: 'Russian' });
    expect(side('Ukrainian sources').evidence).toMatchObject({ reason: 'demonym', text: 'Ukrainian' });
    expect(side('Moscow').evidence).toMatchObject({ reason: 'capital', text: 'Moscow' });
    expect(side("representative of Ukraine's 66th Separate Mechanized Brigade").evidence).toMatchObject({
      reason: 'country',
      text: 'Ukraine',
    });
    expect(side('Vasily Nebenzya').evidence).toMatchObject({ reason: 'role', text: 'Russia' });
    expect(side('Maria Zakharova').evidence).toMatchObject({ reason: 'role', text: 'Russian' });
    for (const s of r.sourceSides) {
      const sp = s.evidence.span!;
      expect(seed.slice(sp.start, sp.end), s.source).toBe(sp.text);
    }
  });

  it('takes a president’s country from the article around him, not from a guess', () => {
    const z = side('Volodymyr Zelensky');
    expect(label(z.side)).toBe('Ukraine');
    expect(z.evidence).toMatchObject({ reason: 'article', text: 'Ukrainian forces' });
  });

  it('sets the side on every claim', () => {
    expect(r.claims.map((c) => label(c.side!))).toEqual([
      'Russia',
      'Ukraine',
      'Ukraine',
      'Russia',
      'Ukraine',
      'Ukraine',
      'Russia',
      'Russia',
    ]);
  });
});

describe('assignSides: groups, unknowns and the reader’s choice', () => {
  it('puts experts, international bodies and the press on their own sides', () => {
    const text =
      'Analysts at the Brookings Institution said the war would last. The UN Security Council said it was worried. The Kyiv Post reported heavy fighting.';
    const es = findEntities(text);
    const r = assignSides(
      text,
      [
        claim(
          text,
          es,
          'Analysts at the Brookings Institution',
          'Analysts at the Brookings Institution',
          'the war would last',
        ),
        claim(text, es, 'UN Security Council', 'UN Security Council', 'it was worried'),
        claim(text, es, 'Kyiv Post', 'Kyiv Post', 'heavy fighting'),
      ],
      es,
      {},
    );
    expect(r.sourceSides.map((s) => s.side)).toEqual(['experts', 'international', 'media']);
    expect(r.sides.map((s) => s.label)).toEqual(['Experts', 'International', 'Media']);
  });

  it('puts a joint source of two sides ("Kiev and Moscow") on neither', () => {
    const c = claim(
      seed,
      seedEntities,
      'Kiev and Moscow',
      'Kiev and Moscow have traded',
      'accusations of ceasefire violations',
    );
    const r = assignSides(seed, [c], seedEntities, {});
    expect(r.sourceSides[0]).toMatchObject({ side: 'unknown', evidence: { reason: 'none' } });
  });

  it('leaves a person Unknown when the article does not say, and adds the Unknown side', () => {
    const text = 'John Smith said the bridge was unsafe. Smith lives near the river.';
    const es = findEntities(text);
    const r = assignSides(text, [claim(text, es, 'John Smith', 'John Smith', 'the bridge was unsafe')], es, {});
    expect(r.sourceSides[0]).toMatchObject({ side: 'unknown', evidence: { reason: 'none' } });
    expect(r.sides.map((s) => s.id)).toEqual(['unknown']);
  });

  it('finds a person’s country in another of their mentions', () => {
    const text = 'Ukrainian President Volodymyr Zelensky visited troops.\nLater, Zelensky said the front was holding.';
    const es = findEntities(text);
    const r = assignSides(
      text,
      [claim(text, es, 'Volodymyr Zelensky', 'Zelensky said', 'the front was holding')],
      es,
      {},
    );
    expect(r.sourceSides[0]!.side).toBe('ukraine');
  });

  it('reads a demonym a territory shares as its state’s: “American” is the United States, “French” France, “Dutch” the Netherlands', () => {
    for (const [text, name, side] of [
      ['American officials said the talks had stalled.', 'American officials', 'united-states'],
      ['French diplomats said the ceasefire would hold.', 'French diplomats', 'france'],
      ['Dutch investigators said the plane was hit by a missile.', 'Dutch investigators', 'netherlands'],
    ] as const) {
      const es = findEntities(text);
      const r = assignSides(text, [claim(text, es, name, name, text.slice(text.indexOf('said') + 5, -1))], es, {});
      expect(r.sourceSides[0]).toMatchObject({ side, evidence: { reason: 'demonym' } });
    }
  });

  it('takes no country from inside another place’s name (“New Jersey”) or from a word (“Island”)', () => {
    const text =
      'In New Jersey, Governor Chris Christie said the bridge would reopen. Mann said the Island project was over.';
    const es = findEntities(text);
    const claims = [
      claim(text, es, 'Chris Christie', 'Chris Christie', 'the bridge would reopen'),
      claim(text, es, 'Mann', 'Mann said', 'the Island project was over'),
    ];
    const r = assignSides(text, claims, es, {});
    expect(r.sourceSides.map((s) => s.side)).toEqual(['unknown', 'unknown']);
    expect(es.map((e) => e.name)).not.toContain('Iceland');
    expect(es.map((e) => e.name)).not.toContain('Isle of Man');
  });

  it('takes no country from the end of a longer name (“Kerry Washington”, “American Samoa”) or a newspaper’s (“The Washington Post”), but from a country word before a name', () => {
    const sideOf = (text: string, name: string, mention: string, content: string) => {
      const es = findEntities(text);
      return assignSides(text, [claim(text, es, name, mention, content)], es, {}).sourceSides[0]!.side;
    };
    expect(
      sideOf(
        'Actors Kerry Washington, Jane Doe and John Roe attended. Doe said the evening was a success.',
        'Jane Doe',
        'Doe said',
        'the evening was a success',
      ),
    ).toBe('unknown');
    expect(
      sideOf(
        'Delegates are up for grabs in American Samoa, where Jane Doe campaigned. Doe said she was confident.',
        'Jane Doe',
        'Doe said',
        'she was confident',
      ),
    ).toBe('unknown');
    expect(
      sideOf(
        'As The Washington Post reported, Jane Doe said the plan was dead.',
        'Jane Doe',
        'Jane Doe',
        'the plan was dead',
      ),
    ).toBe('unknown');
    expect(
      sideOf(
        'The Nobel-winning Peruvian novelist Mario Vargas Llosa said the vote was a disgrace.',
        'Mario Vargas Llosa',
        'Mario Vargas Llosa',
        'the vote was a disgrace',
      ),
    ).toBe('peru');
  });

  it('reads a demonym of two words (“North Korean”), and nothing a quotation says', () => {
    const text =
      'North Korean leader Kim Jong-un said the test was a success. ' +
      '“It would be a stretch for the North Koreans,” Jeffrey Lewis wrote.';
    const es = findEntities(text);
    const r = assignSides(
      text,
      [
        claim(text, es, 'Kim Jong-un', 'Kim Jong-un', 'the test was a success'),
        claim(text, es, 'Jeffrey Lewis', 'Jeffrey Lewis', 'It would be a stretch'),
      ],
      es,
      {},
    );
    expect(r.sourceSides.map((s) => [s.side, s.evidence.text])).toEqual([
      ['north-korea', 'North Korean'],
      ['unknown', ''],
    ]);
  });

  it('reads nothing from a quotation that holds the mention itself', () => {
    const text =
      '“The visit reminds me of how the Mexican president met President Reagan, who said it went well,” she wrote.';
    const es = findEntities(text);
    const r = assignSides(text, [claim(text, es, 'Reagan', 'Reagan', 'it went well')], es, {});
    expect(r.sourceSides[0]!.side).toBe('unknown');
  });

  it('reads an American politician’s party label as the United States: “(R-Ohio)”, “a Virginia Democrat”', () => {
    const text =
      'Rep. Jim Jordan (R-Ohio) said the deal was dead. Senator Mark Warner, a Virginia Democrat, said it was not.';
    const es = findEntities(text);
    const r = assignSides(
      text,
      [
        claim(text, es, 'Jim Jordan', 'Jim Jordan', 'the deal was dead'),
        claim(text, es, 'Mark Warner', 'Mark Warner', 'it was not'),
      ],
      es,
      {},
    );
    expect(r.sourceSides.map((s) => [s.side, s.evidence.text])).toEqual([
      ['united-states', '(R-Ohio)'],
      ['united-states', 'Virginia Democrat'],
    ]);
  });

  it('lets the reader move a source, and adds the chosen side when it is not in the list', () => {
    const r = assignSides(seed, seedClaims(), seedEntities, { 'Vasily Nebenzya': 'experts', Moscow: 'ukraine' });
    const nebenzya = r.sourceSides.find((s) => s.source === 'Vasily Nebenzya')!;
    expect(nebenzya).toMatchObject({ side: 'experts', evidence: { reason: 'user', text: 'your choice' } });
    expect(r.sourceSides.find((s) => s.source === 'Moscow')!.side).toBe('ukraine');
    expect(r.sides.map((s) => s.id)).toContain('experts');
    expect(r.sides.find((s) => s.id === 'experts')).toMatchObject({ label: 'Experts', badge: 'E' });
    expect(r.claims.filter((c) => c.source.name === 'Vasily Nebenzya').every((c) => c.side === 'experts')).toBe(true);
  });

  it('accepts a side id it has never heard of', () => {
    const r = assignSides(seed, seedClaims(), seedEntities, { Moscow: 'my-own-side' });
    expect(r.sides.find((s) => s.id === 'my-own-side')).toMatchObject({ label: 'My Own Side', badge: 'MY' });
  });

  it('copes with no claims, empty text and sources without mentions', () => {
    expect(assignSides('', [], [], {})).toEqual({ sides: [], sourceSides: [], claims: [] });
    const c: Claim = {
      id: 'c0',
      kind: 'direct',
      content: { start: 0, end: 0, text: '' },
      cue: { start: 0, end: 0, text: '' },
      source: { mention: null, name: '' },
      confidence: 0.2,
    };
    const r = assignSides('', [c], [], {});
    expect(r.claims[0]!.side).toBe('unknown');
  });
});
