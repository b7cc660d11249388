import type { Claim, Entity, GlossaryEntry } from '../types';

/** Entities → glossary rows, most important first (source of claims, then mentions). */
export function buildGlossary(entities: Entity[], claims: Claim[]): GlossaryEntry[] {
  const claimCount = new Map<string, number>();
  for (const c of claims) {
    if (c.source.entityId) claimCount.set(c.source.entityId, (claimCount.get(c.source.entityId) ?? 0) + 1);
  }
  return entities
    .map((e) => ({
      entityId: e.id,
      name: e.name,
      kind: e.kind,
      description: e.role ?? e.within,
      mentionCount: e.mentions.length,
      mentions: e.mentions,
      claimCount: claimCount.get(e.id) ?? 0,
    }))
    .sort((a, b) => b.claimCount - a.claimCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
}
