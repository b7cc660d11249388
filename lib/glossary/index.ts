import { lookup, norm } from '../nlp/gazetteer';
import type { Claim, Entity, GlossaryEntry } from '../types';

const KINDS = new Set(['person', 'place', 'organization']);

/**
 * Entities → glossary rows, most important first: sources of more claims, then more mentions,
 * then first mention. The description is what the article says (role, containing place), else the
 * gazetteer's ("capital of Russia", "news organisation"). One row per entity; rows whose names
 * are variants of one another are merged.
 */
export function buildGlossary(entities: Entity[], claims: Claim[]): GlossaryEntry[] {
  const byName = new Map<string, Entity>();
  for (const e of entities) for (const n of [e.name, ...e.variants]) if (!byName.has(norm(n))) byName.set(norm(n), e);
  const claimCount = new Map<string, number>();
  for (const c of claims) {
    const id = c.source.entityId ?? byName.get(norm(c.source.name))?.id;
    if (id) claimCount.set(id, (claimCount.get(id) ?? 0) + 1);
  }
  const rows = new Map<string, GlossaryEntry & { first: number }>();
  for (const e of entities) {
    if (!KINDS.has(e.kind) || !e.mentions.length || !e.name.trim()) continue;
    const key = `${e.kind}:${norm(e.name).replace(/^the /, '')}`;
    const existing = rows.get(key);
    if (existing) {
      existing.mentions = [...existing.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
      existing.mentionCount = existing.mentions.length;
      existing.claimCount += claimCount.get(e.id) ?? 0;
      existing.description ??= describe(e);
      continue;
    }
    rows.set(key, {
      entityId: e.id,
      name: e.name,
      kind: e.kind,
      description: describe(e),
      mentionCount: e.mentions.length,
      mentions: e.mentions,
      claimCount: claimCount.get(e.id) ?? 0,
      first: e.mentions[0]!.start,
    });
  }
  return [...rows.values()]
    .sort((a, b) => b.claimCount - a.claimCount || b.mentionCount - a.mentionCount || a.first - b.first)
    .map(({ first: _first, ...row }) => (row.description === undefined ? withoutDescription(row) : row));
}

function describe(e: Entity): string | undefined {
  if (e.role) return e.role;
  const g = lookup(e.name) ?? e.variants.map(lookup).find(Boolean);
  if (g?.type === 'capital') return g.description;
  if (e.within) return e.kind === 'place' ? `in ${e.within}` : e.within;
  return g?.description;
}

function withoutDescription(row: GlossaryEntry): GlossaryEntry {
  const { description: _d, ...rest } = row;
  return rest;
}
