import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { Claim, ClaimKind, Side, SideEvidence } from '../lib/types';
import { LOW_CONFIDENCE } from './ClaimsList';
import { plural, quoted } from './format';
import { SideBadge } from './SideBadge';
import { themeCss } from './theme';

export interface HoverCardProps {
  claim: Claim;
  /** The side the claim's source is on now. */
  side: Side;
  /** Every side, for "Move to side…". */
  sides: Side[];
  /** Why the source is on `side`. */
  evidence?: SideEvidence;
  /** 0-based position of this claim among the claims of the same source (-1 when unknown). */
  sameSourceIndex: number;
  sameSourceCount: number;
  onPrev(): void;
  onNext(): void;
  /** The reader put the claim's source on another side. */
  onMoveToSide(sideId: string): void;
  onClose(): void;
}

const CONTENT_LENGTH = 280;

const KIND_LABEL: Record<ClaimKind, string> = {
  direct: 'Direct quote',
  indirect: 'Reported speech',
  'according-to': '“According to”',
  belief: 'Belief or intention',
};

/** The reason a source is on its side, in words: "“Russian” in “Russian Defense Ministry”". */
export function describeEvidence(evidence: SideEvidence | undefined, source: string): string {
  if (!evidence || evidence.reason === 'none') return 'No evidence in the text: side unknown.';
  if (evidence.reason === 'user') return 'You chose this side.';
  const text = evidence.text.trim();
  if (!text) return `Reason: ${evidence.reason}.`;
  if (text !== source && source.includes(text)) return `“${text}” in “${source}”`;
  return `“${text}” (${evidence.reason})`;
}

/**
 * The card shown over a highlighted claim: what is claimed, by whom, on which side and why, with
 * how sure Sidelight is. Escape closes it. Positioning is the caller's (see position-card.ts).
 */
export function HoverCard(props: HoverCardProps) {
  const { claim, side, sides, evidence, sameSourceIndex, sameSourceCount } = props;
  const id = useId();
  const { source } = claim;
  const written = source.mention?.text.trim();
  const showWritten = written && written !== source.name;
  const options = sides.some((s) => s.id === side.id) ? sides : [side, ...sides];

  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
    }
  };

  return (
    <div
      class="sl-card"
      role="dialog"
      aria-label={`Claim by ${source.name}`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      style={{ '--sl-side': side.color }}
    >
      <div class="sl-card-top">
        <span class="sl-card-side">
          <SideBadge side={side} />
          <span>{side.label}</span>
        </span>
        <span class="sl-card-kind sl-muted">{KIND_LABEL[claim.kind]}</span>
        <button type="button" class="sl-card-close" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </div>
      <div aria-live="polite" aria-atomic="true">
        <p class="sl-card-content">{quoted(claim.content.text, CONTENT_LENGTH)}</p>
        <p class="sl-card-source">
          <span class="sl-card-source-name">{source.name}</span>
          {source.role && <span class="sl-muted">, {source.role}</span>}
        </p>
      </div>
      <dl class="sl-card-facts">
        {showWritten && (
          <>
            <dt>As written</dt>
            <dd>
              “{written}” → {source.name}
            </dd>
          </>
        )}
        <dt>Cue</dt>
        <dd>“{claim.cue.text}”</dd>
        <dt>Side</dt>
        <dd>
          {side.label}: {describeEvidence(evidence, source.name)}
        </dd>
        {claim.confidence < LOW_CONFIDENCE && (
          <>
            <dt>Confidence</dt>
            <dd class="sl-card-low">Low confidence ({Math.round(claim.confidence * 100)}%)</dd>
          </>
        )}
      </dl>
      <div class="sl-card-nav">
        <button
          type="button"
          onClick={props.onPrev}
          disabled={sameSourceCount < 2}
          aria-label="Previous claim from this source"
        >
          ‹ Previous
        </button>
        <span class="sl-muted">
          {sameSourceIndex >= 0 && sameSourceCount > 0
            ? `claim ${sameSourceIndex + 1} of ${sameSourceCount} from this source`
            : `${plural(sameSourceCount, 'claim')} from this source`}
        </span>
        <button
          type="button"
          onClick={props.onNext}
          disabled={sameSourceCount < 2}
          aria-label="Next claim from this source"
        >
          Next ›
        </button>
      </div>
      <div class="sl-card-move">
        <label for={`${id}-move`}>Move to side…</label>
        <select
          id={`${id}-move`}
          value={side.id}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value !== side.id) props.onMoveToSide(value);
          }}
        >
          {options.map((s) => (
            <option key={s.id} value={s.id}>
              {s.badge} {s.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The card's styles, for the shadow root it lives in (px throughout: `rem` would follow the page). */
export const hoverCardCss = `${themeCss('.sl-card')}
.sl-card {
  position: fixed; top: 0; left: 0; z-index: 2147483647;
  width: max-content; max-width: min(360px, calc(100vw - 16px)); max-height: 70vh; overflow: auto;
  padding: 10px 12px; border: 1px solid var(--sl-border); border-top: 4px solid var(--sl-side, var(--sl-border));
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25);
  text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal;
}
.sl-card:focus { outline: none; }
.sl-card:focus-visible { outline: 2px solid var(--sl-focus); }
.sl-card p { margin: 0; }
.sl-card-top { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.sl-card-side { display: inline-flex; align-items: center; gap: 4px; font-weight: 700; }
.sl-card-kind { flex: 1 1 auto; font-size: 12px; }
.sl-card-close {
  width: 24px; height: 24px; padding: 0; border: 0; border-radius: 4px; background: none;
  font-size: 18px; line-height: 1; cursor: pointer;
}
.sl-card-close:hover { background: var(--sl-bg-raised); }
.sl-card-content { font-size: 14px; overflow-wrap: anywhere; }
.sl-card .sl-card-source { margin-top: 4px; font-size: 13px; }
.sl-card-source-name { font-weight: 600; }
.sl-card-facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 8px 0; font-size: 12px; }
.sl-card-facts dt { color: var(--sl-fg-muted); }
.sl-card-facts dd { margin: 0; overflow-wrap: anywhere; }
.sl-card-low { color: var(--sl-warn); font-weight: 600; }
.sl-card-nav { display: flex; align-items: center; justify-content: space-between; gap: 8px; font-size: 12px; }
.sl-card-nav button, .sl-card-move select {
  padding: 2px 8px; border: 1px solid var(--sl-border); border-radius: 4px; background: var(--sl-bg-raised);
  font-size: 12px; cursor: pointer;
}
.sl-card-nav button:disabled { opacity: 0.55; cursor: default; }
.sl-card-move { display: flex; align-items: center; gap: 8px; margin-top: 8px; font-size: 12px; }
`;
