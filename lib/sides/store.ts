import { storage } from '@wxt-dev/storage';
import type { SideChoices } from './index';

/**
 * The reader's side choices (canonical source name → side id), kept in extension storage so a
 * correction made on one page applies to every page. Only the extension imports this file; the
 * analysis takes the choices as plain data.
 */
const sideChoices = storage.defineItem<Record<string, string>>('local:sideChoices', { fallback: {} });

export function getSideChoices(): Promise<SideChoices> {
  return sideChoices.getValue();
}

export async function setSideChoice(source: string, side: string): Promise<void> {
  const current = await sideChoices.getValue();
  await sideChoices.setValue({ ...current, [source]: side });
}

export function resetSideChoices(): Promise<void> {
  return sideChoices.removeValue();
}

/** Calls `onChange` whenever the choices change (in any tab) until `signal` aborts. */
export function watchSideChoices(onChange: (choices: SideChoices) => void, signal?: AbortSignal): () => void {
  const unwatch = sideChoices.watch((value) => onChange(value ?? {}));
  signal?.addEventListener('abort', unwatch, { once: true });
  return unwatch;
}
