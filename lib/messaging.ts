import type { Analysis } from './types';

/**
 * The one typed contract for every message between the popup, the background and the content
 * script. Replies are `{ok: true, value} | {ok: false, error}` because an Error does not cross
 * the message boundary.
 */

/** What the popup needs of an analysis: everything but the (possibly large) article text. */
export type AnalysisView = Omit<Analysis, 'text'>;

export type PageState =
  | {
      kind: 'article';
      title: string;
      analysis: AnalysisView;
      highlightsOn: boolean;
      /** Claims whose text could not be found on the live page (it changed since extraction). */
      unplaced: number;
      /** False when the text does not look English: the analysis is English-only for now. */
      english: boolean;
      /** True when the page navigated (single-page app) since the analysis: offer to re-analyse. */
      stale: boolean;
    }
  | { kind: 'not-article'; message: string }
  | { kind: 'empty'; message: string };

export interface Requests {
  ping: { request: Record<string, never>; response: { version: number } };
  analyze: { request: { force?: boolean; fresh?: boolean }; response: PageState };
  'set-highlights': { request: { on: boolean }; response: boolean };
  'jump-to-claim': { request: { claimId: string }; response: boolean };
  'jump-to-mention': { request: { start: number; end: number }; response: boolean };
  'step-claim': { request: { direction: 1 | -1 }; response: string | null };
  'move-source': { request: { source: string; side: string }; response: PageState };
}

export type RequestType = keyof Requests;
export type Message = { [K in RequestType]: { app: 'sidelight'; type: K } & Requests[K]['request'] }[RequestType];
export type MessageOf<K extends RequestType> = Extract<Message, { type: K }>;
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Bumped when the contract changes, so a popup never talks to an older injected script. */
export const PROTOCOL_VERSION = 1;

export function message<K extends RequestType>(type: K, request: Requests[K]['request']): MessageOf<K> {
  return { app: 'sidelight', type, ...request } as MessageOf<K>;
}

const REQUEST_TYPES: ReadonlySet<string> = new Set<RequestType>([
  'ping', 'analyze', 'set-highlights', 'jump-to-claim', 'jump-to-mention', 'step-claim', 'move-source',
]);

/** Messages are checked, not trusted: anything else that reaches a listener is ignored. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { app?: unknown; type?: unknown };
  return v.app === 'sidelight' && typeof v.type === 'string' && REQUEST_TYPES.has(v.type);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
