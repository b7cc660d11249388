import type { Claim, Side } from '../lib/types';
import { plural, quoted } from './format';
import { SideBadge } from './SideBadge';

export interface ClaimsListProps {
  claims: Claim[];
  sides: Side[];
  onJump(claim: Claim): void;
}

/** Below this confidence a claim is marked "low confidence" wherever it is shown. */
export const LOW_CONFIDENCE = 0.6;

const CONTENT_LENGTH = 140;

/** A side for claims whose side is missing or not among `sides`. */
const NO_SIDE: Side = { id: '', label: 'No side', color: '#9e9e9e', badge: '?' };

/** Claims grouped by side, in the order of `sides` (claims on no known side last), text order within. */
export function groupBySide(claims: Claim[], sides: Side[]): { side: Side; claims: Claim[] }[] {
  const known = new Set(sides.map((s) => s.id));
  const groups = sides.map((side) => ({ side, claims: claims.filter((c) => c.side === side.id) }));
  const rest = claims.filter((c) => c.side === undefined || !known.has(c.side));
  if (rest.length > 0) groups.push({ side: NO_SIDE, claims: rest });
  return groups.filter((g) => g.claims.length > 0);
}

/** Every claim, grouped by side; each one a button that shows it on the page. */
export function ClaimsList({ claims, sides, onJump }: ClaimsListProps) {
  const groups = groupBySide(claims, sides);
  if (groups.length === 0) return <p class="sl-empty">No attributed claims found in this article.</p>;
  return (
    <div class="sl-claims">
      {groups.map(({ side, claims: own }) => (
        <section key={side.id} class="sl-claims-group" aria-label={`${side.label}: ${plural(own.length, 'claim')}`}>
          <h3 class="sl-claims-head">
            <SideBadge side={side} />
            <span>{side.label}</span>
            <span class="sl-muted">({own.length})</span>
          </h3>
          <ul class="sl-claims-list">
            {own.map((claim) => (
              <li key={claim.id}>
                <button
                  type="button"
                  class="sl-claim"
                  style={{ borderInlineStartColor: side.color }}
                  onClick={() => onJump(claim)}
                >
                  <span class="sl-claim-meta">
                    <span class="sl-claim-source">{claim.source.name}</span>{' '}
                    <span class="sl-muted">{claim.cue.text}</span>
                    {claim.confidence < LOW_CONFIDENCE && <span class="sl-low"> · low confidence</span>}
                  </span>{' '}
                  <span class="sl-claim-content">{quoted(claim.content.text, CONTENT_LENGTH)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export const claimsListCss = `
.sl-claims-group + .sl-claims-group { margin-top: 8px; }
.sl-claims-head { display: flex; align-items: center; gap: 6px; margin: 8px 0 4px; font-size: 14px; }
.sl-claims-list { list-style: none; margin: 0; padding: 0; }
.sl-claim {
  display: block; width: 100%; padding: 6px 8px; margin: 0 0 2px; text-align: start; cursor: pointer;
  background: none; border: 0; border-inline-start: 3px solid var(--sl-border); border-radius: 0 6px 6px 0;
}
.sl-claim:hover { background: var(--sl-bg-raised); }
.sl-claim-meta { display: block; font-size: 12px; }
.sl-claim-source { font-weight: 600; }
.sl-claim-content { display: block; overflow-wrap: anywhere; }
.sl-low { color: var(--sl-warn); }
`;
