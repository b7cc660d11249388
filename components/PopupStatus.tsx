import type { ComponentChildren } from 'preact';

export type PopupState = 'working' | 'error' | 'not-article' | 'restricted' | 'empty';

export interface PopupStatusProps {
  state: PopupState;
  /** Details in plain words (the error, or why the page is not an article). */
  message?: string;
  /** What is happening now, while working. */
  progress?: string;
  /** For 'not-article': analyse the page all the same. */
  onAnalyseAnyway?(): void;
}

const NOT_ARTICLE = "This page doesn't look like an article";

/** Everything the popup says when there is no analysis to show: working, failed, or nothing to do. */
export function PopupStatus({ state, message, progress, onAnalyseAnyway }: PopupStatusProps) {
  // Only shown when it adds something: the caller's message often repeats the headline.
  const detail = (headline: string) =>
    message && !message.toLowerCase().startsWith(headline.toLowerCase()) ? (
      <p class="sl-status-detail">{message}</p>
    ) : null;

  switch (state) {
    case 'working':
      return (
        <Page kind="status" class="sl-status-working">
          <span class="sl-spinner" aria-hidden="true" />
          <h1 class="sl-status-title">{progress ?? 'Reading the article…'}</h1>
        </Page>
      );
    case 'error':
      return (
        <Page kind="alert" class="sl-status-error">
          <h1 class="sl-status-title">{message ?? 'Something went wrong. Please try again.'}</h1>
        </Page>
      );
    case 'not-article':
      return (
        <Page kind="status">
          <h1 class="sl-status-title">{NOT_ARTICLE}</h1>
          {detail(NOT_ARTICLE)}
          {onAnalyseAnyway && (
            <>
              <p class="sl-status-detail">Sidelight reads news articles. You can still ask it to read this page.</p>
              <button type="button" class="sl-button" onClick={onAnalyseAnyway}>
                Analyse anyway
              </button>
            </>
          )}
        </Page>
      );
    case 'restricted':
      return (
        <Page kind="status">
          <h1 class="sl-status-title">
            Sidelight can't run on this page (browser pages and the extension store are off limits).
          </h1>
          {detail("Sidelight can't run")}
        </Page>
      );
    case 'empty':
      return (
        <Page kind="status">
          <h1 class="sl-status-title">No attributed claims found in this article.</h1>
          {detail('No attributed claims')}
        </Page>
      );
  }
}

/** The whole popup in these states: its main landmark, announced as a status (or an alert for errors). */
function Page({
  kind,
  class: extra,
  children,
}: {
  kind: 'status' | 'alert';
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <main class="sl-status-page">
      <div
        class={extra ? `sl-status ${extra}` : 'sl-status'}
        role={kind}
        aria-live={kind === 'status' ? 'polite' : undefined}
      >
        {children}
      </div>
    </main>
  );
}

export const popupStatusCss = `
.sl-status { display: flex; flex-direction: column; align-items: flex-start; gap: 8px; padding: 16px; }
.sl-status-working { flex-direction: row; align-items: center; }
.sl-status p, .sl-status h1 { margin: 0; }
.sl-status-title { font-size: 15px; font-weight: 600; }
.sl-status-detail { color: var(--sl-fg-muted); }
.sl-status-error .sl-status-title { color: var(--sl-warn); }
.sl-spinner {
  width: 18px; height: 18px; flex: none; border-radius: 50%;
  border: 3px solid var(--sl-border); border-top-color: var(--sl-accent);
  animation: sl-spin 0.9s linear infinite;
}
@keyframes sl-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .sl-spinner { animation-duration: 3s; } }
`;
