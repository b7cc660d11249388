import { storage } from '@wxt-dev/storage';
import type { Side } from './types';

/**
 * The reader's settings, in extension storage on this device: side colours chosen on the options
 * page, and the sides seen so far (so the options page can list them).
 */
const sideColors = storage.defineItem<Record<string, string>>('local:sideColors', { fallback: {} });
const knownSides = storage.defineItem<Side[]>('local:knownSides', { fallback: [] });
const MAX_KNOWN_SIDES = 40;

export const getSideColors = () => sideColors.getValue();
export const setSideColor = async (sideId: string, color: string) =>
  sideColors.setValue({ ...(await sideColors.getValue()), [sideId]: color });
export const resetSideColors = () => sideColors.removeValue();
export const watchSideColors = (onChange: (colors: Record<string, string>) => void) =>
  sideColors.watch((value) => onChange(value ?? {}));

export const getKnownSides = () => knownSides.getValue();

/** Remembers the sides of an article, most recent first, with their default colours. */
export async function rememberSides(sides: Side[]): Promise<void> {
  const seen = new Set(sides.map((s) => s.id));
  const old = (await knownSides.getValue()).filter((s) => !seen.has(s.id));
  await knownSides.setValue([...sides, ...old].slice(0, MAX_KNOWN_SIDES));
}

/** The sides with the reader's colours where they chose one. */
export function applySideColors(sides: Side[], colors: Record<string, string>): Side[] {
  return sides.map((s) => (colors[s.id] ? { ...s, color: colors[s.id]! } : s));
}
