import type { Analysis, Claim, GlossaryEntry } from '../lib/types';
import { ClaimsList, claimsListCss } from './ClaimsList';
import { Glossary, glossaryCss } from './Glossary';
import { Legend, legendCss } from './Legend';
import { popupStatusCss } from './PopupStatus';
import { SidesBalance, sidesBalanceCss } from './SidesBalance';
import { themeCss } from './theme';

export interface Shortcuts {
  next: string;
  previous: string;
}

export interface PopupProps {
  analysis: Pick<Analysis, 'sides' | 'claims' | 'sourceSides' | 'glossary'>;
  /** The article's title. */
  title?: string;
  highlightsOn: boolean;
  onToggleHighlights(on: boolean): void;
  onJumpToClaim(claim: Claim): void;
  onJumpToMention(entry: GlossaryEntry, mentionIndex: number): void;
  /** The keyboard shortcuts as the browser reports them ("Alt+Shift+N"). */
  shortcuts?: Shortcuts;
  /** Caveats about this result, one sentence each ("This page does not look English…"). */
  notes?: string[];
  /** The page changed since the analysis: offer to analyse again. */
  stale?: boolean;
  onReanalyse?(): void;
  /** The reader put a source on another side. */
  onMoveSource?(source: string, sideId: string): void;
}

/** The popup's result view: sides, glossary and claims of one article. */
export function Popup(props: PopupProps) {
  const { analysis, highlightsOn, shortcuts, notes = [] } = props;
  return (
    <main class="sl-popup">
      <header class="sl-header">
        <div class="sl-header-row">
          <h1 class="sl-title" title={props.title?.trim() || undefined}>
            {props.title?.trim() || 'Sidelight'}
          </h1>
          <button
            type="button"
            role="switch"
            aria-checked={highlightsOn}
            class="sl-switch"
            onClick={() => props.onToggleHighlights(!highlightsOn)}
          >
            <span class="sl-switch-track" aria-hidden="true">
              <span class="sl-switch-thumb" />
            </span>
            Highlights
          </button>
        </div>
        <Legend sides={analysis.sides.filter((s) => analysis.claims.some((c) => c.side === s.id))} />
        <nav class="sl-nav" aria-label="Sections">
          <a href="#sl-sides">Sides</a>
          <a href="#sl-glossary">Glossary</a>
          <a href="#sl-claims">Claims</a>
        </nav>
      </header>

      {(notes.length > 0 || props.stale) && (
        <div class="sl-notes" role="status">
          {props.stale && (
            <p>
              The page has changed since Sidelight read it.{' '}
              {props.onReanalyse && (
                <button type="button" class="sl-link" onClick={props.onReanalyse}>
                  Analyse again
                </button>
              )}
            </p>
          )}
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}

      <section id="sl-sides" class="sl-section" aria-labelledby="sl-sides-title">
        <h2 id="sl-sides-title">Sides</h2>
        <SidesBalance
          sides={analysis.sides}
          claims={analysis.claims}
          sourceSides={analysis.sourceSides}
          onSelectSource={(name) => {
            const first = analysis.claims.find((c) => c.source.name === name);
            if (first) props.onJumpToClaim(first);
          }}
          onMoveSource={props.onMoveSource}
        />
      </section>

      <section id="sl-glossary" class="sl-section" aria-labelledby="sl-glossary-title">
        <h2 id="sl-glossary-title">Glossary</h2>
        <Glossary entries={analysis.glossary} onJump={props.onJumpToMention} />
      </section>

      <section id="sl-claims" class="sl-section" aria-labelledby="sl-claims-title">
        <h2 id="sl-claims-title">Claims ({analysis.claims.length})</h2>
        <ClaimsList claims={analysis.claims} sides={analysis.sides} onJump={props.onJumpToClaim} />
      </section>

      <footer class="sl-footer sl-muted">
        {shortcuts ? (
          <p>
            <kbd>{shortcuts.next}</kbd> / <kbd>{shortcuts.previous}</kbd>: next/previous claim on the page
          </p>
        ) : (
          <p>Keyboard shortcuts for the next and previous claim can be set in the browser’s extension settings.</p>
        )}
      </footer>
    </main>
  );
}

/** Styles for the popup page: the result view and the status messages, light and dark. */
export const popupCss = `${themeCss('body')}
html, body { margin: 0; }
body { width: 380px; min-height: 120px; }
.sl-popup { display: block; }
.sl-header {
  position: sticky; top: 0; z-index: 1; display: flex; flex-direction: column; gap: 6px;
  padding: 10px 14px 8px; background: var(--sl-bg); border-bottom: 1px solid var(--sl-border);
}
.sl-header-row { display: flex; align-items: flex-start; gap: 10px; }
.sl-title {
  flex: 1 1 auto; min-width: 0; margin: 0; font-size: 15px; line-height: 1.3;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden;
}
.sl-switch {
  display: inline-flex; align-items: center; gap: 6px; flex: none; padding: 2px 4px;
  background: none; border: 0; border-radius: 6px; cursor: pointer; font-size: 13px;
}
.sl-switch-track {
  position: relative; width: 30px; height: 18px; border-radius: 9px;
  background: var(--sl-border); transition: background 0.15s;
}
.sl-switch-thumb {
  position: absolute; top: 2px; left: 2px; width: 14px; height: 14px; border-radius: 50%;
  background: #fff; box-shadow: 0 1px 2px rgba(0, 0, 0, 0.4); transition: left 0.15s;
}
.sl-switch[aria-checked="true"] .sl-switch-track { background: var(--sl-accent); }
.sl-switch[aria-checked="true"] .sl-switch-thumb { left: 14px; }
.sl-nav { display: flex; gap: 14px; font-size: 13px; }
.sl-nav a { color: var(--sl-accent); }
.sl-notes { margin: 8px 14px 0; padding: 6px 10px; border-radius: 6px; background: var(--sl-bg-raised); font-size: 13px; }
.sl-notes p { margin: 2px 0; }
.sl-section { padding: 8px 14px 4px; scroll-margin-top: 110px; }
/* Sections below the fold are laid out and painted when scrolled to, not before the first paint. */
.sl-section { content-visibility: auto; contain-intrinsic-size: auto 400px; }
.sl-section h2 { margin: 4px 0 8px; font-size: 14px; }
.sl-empty { margin: 4px 0; color: var(--sl-fg-muted); }
.sl-footer { padding: 8px 14px 12px; border-top: 1px solid var(--sl-border); font-size: 12px; }
.sl-footer p { margin: 0; }
kbd {
  padding: 0 4px; border: 1px solid var(--sl-border); border-radius: 3px; background: var(--sl-bg-raised);
  font: 11px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
}
${legendCss}
${sidesBalanceCss}
${glossaryCss}
${claimsListCss}
${popupStatusCss}
`;
