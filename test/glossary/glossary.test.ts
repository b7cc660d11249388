import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { buildGlossary } from '../../lib/glossary';
import { findEntities } from '../../lib/nlp/entities';
import type { Claim } from '../../lib/types';

const seed = readFileSync(new URL('../fixtures/seed/article.txt', import.meta.url), 'utf8');
const entities = findEntities(seed);

describe('buildGlossary', () => {
  const rows = buildGlossary(entities, []);

  it('has people, places and organisations only, once each, with no sentence-initial words', () => {
    expect(rows.every((r) => ['person', 'place', 'organization'].includes(r.kind))).toBe(true);
    const names = rows.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const bad of ['However', 'Sometimes', 'Tuesday', 'US', 'Zakharova', 'Kyiv']) expect(names).not.toContain(bad);
  });

  it('describes entries by the article’s role, containing place, or the gazetteer', () => {
    const row = (name: string) => rows.find((r) => r.name === name)!;
    expect(row('Vasily Nebenzya').description).toBe('Russia’s Ambassador to the UN');
    expect(row('Guyevo').description).toBe('in Kursk region, Russia');
    expect(row('Moscow').description).toBe('capital of Russia');
    expect(row('CNN').description).toBe('news organisation');
    expect(row('Maria Zakharova')).toMatchObject({ mentionCount: 2, claimCount: 0 });
    expect(row('Maria Zakharova').mentions.map((m) => m.text)).toEqual(['Maria Zakharova', 'Zakharova']);
  });

  it('orders by claims as source, then mentions', () => {
    const zakharova = entities.find((e) => e.name === 'Maria Zakharova')!;
    const c = (i: number): Claim => ({
      id: `c${i}`,
      kind: 'indirect',
      content: { start: 0, end: 0, text: '' },
      cue: { start: 0, end: 0, text: '' },
      source: { mention: zakharova.mentions[0]!, name: zakharova.name, entityId: zakharova.id },
      confidence: 1,
    });
    const ordered = buildGlossary(entities, [c(0), c(1)]);
    expect(ordered[0]).toMatchObject({ name: 'Maria Zakharova', claimCount: 2 });
    const rest = ordered.slice(1).filter((r) => r.claimCount === 0).map((r) => r.mentionCount);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
  });

  it('is empty for no entities', () => {
    expect(buildGlossary([], [])).toEqual([]);
    expect(analyze('').glossary).toEqual([]);
  });
});
