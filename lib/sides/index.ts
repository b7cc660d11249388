import type { Claim, Entity, Side, SourceSide } from '../types';

/** The reader's choices: canonical source name → side id. */
export type SideChoices = Record<string, string>;

export const UNKNOWN_SIDE: Side = { id: 'unknown', label: 'Unknown', color: '#9e9e9e', badge: '?' };

// PLACEHOLDER: every source on "unknown" unless the reader chose. Replaced by #4.
export function assignSides(
  _text: string,
  claims: Claim[],
  _entities: Entity[],
  choices: SideChoices,
): { sides: Side[]; sourceSides: SourceSide[]; claims: Claim[] } {
  const sourceSides: SourceSide[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    if (seen.has(c.source.name)) continue;
    seen.add(c.source.name);
    const chosen = choices[c.source.name];
    sourceSides.push({
      source: c.source.name,
      side: chosen ?? UNKNOWN_SIDE.id,
      evidence: chosen ? { reason: 'user', text: 'your choice' } : { reason: 'none', text: '' },
    });
  }
  const sideOf = new Map(sourceSides.map((s) => [s.source, s.side]));
  return {
    sides: [UNKNOWN_SIDE],
    sourceSides,
    claims: claims.map((c) => ({ ...c, side: sideOf.get(c.source.name) ?? UNKNOWN_SIDE.id })),
  };
}
