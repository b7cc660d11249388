import type { Claim, Entity } from '../types';

// PLACEHOLDER: replaced by the attribution engine (#3).
export function findClaims(_text: string, _entities: Entity[]): Claim[] {
  return [];
}
