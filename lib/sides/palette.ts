import sidesData from '../../data/gazetteers/sides.json';
import type { Side } from '../types';

/**
 * Side colours and the group sides, as data (data/gazetteers/sides.json): the Okabe–Ito
 * colour-blind-safe palette in a fixed order, so the first side of every article has the same
 * colour, and a letter badge on every side for readers who cannot tell the colours apart.
 */
export const SIDE_PALETTE: readonly string[] = sidesData.palette;

export const UNKNOWN_SIDE: Side = { ...sidesData.unknown };

export type GroupSideId = 'experts' | 'international' | 'media';

export const GROUP_SIDES: Readonly<Record<GroupSideId, Omit<Side, 'color'>>> = Object.fromEntries(
  sidesData.groups.map((g) => [g.id, g]),
) as Record<GroupSideId, Omit<Side, 'color'>>;

/** Label overrides for countries whose people are better named than the state ("Palestinians"). */
export const COUNTRY_LABELS: Readonly<Record<string, string>> = sidesData.countryLabels;

/** The colour of the i-th side of an article (Unknown has its own grey). */
export function sideColor(index: number): string {
  return SIDE_PALETTE[index % SIDE_PALETTE.length]!;
}
