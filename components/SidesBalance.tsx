import type { Claim, Side, SourceSide } from '../lib/types';
import { countWords, plural, readableTextOn } from './format';
import { SideBadge } from './SideBadge';

export interface SidesBalanceProps {
  sides: Side[];
  claims: Claim[];
  sourceSides: SourceSide[];
  /** Called with a source's canonical name when the reader picks it (e.g. to jump to its claims). */
  onSelectSource?(name: string): void;
  /** When given, each source gets a "side" menu; called with the source name and the chosen side id. */
  onMoveSource?(source: string, sideId: string): void;
}

interface SideTally {
  side: Side;
  claims: number;
  quotedWords: number;
  sources: { name: string; claims: number }[];
}

/** Claims, quoted words and sources per side, in the order of `sides`. Sides with nothing are left out. */
export function tallySides(sides: Side[], claims: Claim[], sourceSides: SourceSide[]): SideTally[] {
  return sides
    .map((side) => {
      const own = claims.filter((c) => c.side === side.id);
      const perSource = new Map<string, number>();
      for (const s of sourceSides) if (s.side === side.id) perSource.set(s.source, 0);
      for (const c of own) perSource.set(c.source.name, (perSource.get(c.source.name) ?? 0) + 1);
      return {
        side,
        claims: own.length,
        quotedWords: own.filter((c) => c.kind === 'direct').reduce((n, c) => n + countWords(c.content.text), 0),
        sources: [...perSource]
          .map(([name, count]) => ({ name, claims: count }))
          .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name)),
      };
    })
    .filter((t) => t.claims > 0 || t.sources.length > 0);
}

function BalanceBar({
  label,
  unit,
  tallies,
  value,
}: {
  label: string;
  unit: [string, string];
  tallies: SideTally[];
  value(t: SideTally): number;
}) {
  const shown = tallies.filter((t) => value(t) > 0);
  const description = `${label}: ${shown.map((t) => `${t.side.label} ${plural(value(t), ...unit)}`).join(', ')}`;
  return (
    <div class="sl-balance-row">
      <span class="sl-balance-label" aria-hidden="true">
        {label}
      </span>
      <div class="sl-balance-bar" role="img" aria-label={description}>
        {shown.map((t) => (
          <span
            key={t.side.id}
            class="sl-balance-segment"
            style={{ flexGrow: value(t), background: t.side.color, color: readableTextOn(t.side.color) }}
            title={`${t.side.label}: ${plural(value(t), ...unit)}`}
          >
            {t.side.badge} {value(t)}
          </span>
        ))}
      </div>
    </div>
  );
}

/** How the claims divide between the sides: two balance bars, then each side's sources. */
export function SidesBalance({ sides, claims, sourceSides, onSelectSource, onMoveSource }: SidesBalanceProps) {
  const tallies = tallySides(sides, claims, sourceSides);
  if (tallies.length === 0) return <p class="sl-empty">No claims to weigh up.</p>;
  const anyQuotes = tallies.some((t) => t.quotedWords > 0);
  return (
    <div class="sl-balance">
      <BalanceBar label="Claims" unit={['claim', 'claims']} tallies={tallies} value={(t) => t.claims} />
      {anyQuotes ? (
        <BalanceBar label="Quoted words" unit={['word', 'words']} tallies={tallies} value={(t) => t.quotedWords} />
      ) : (
        <p class="sl-muted sl-balance-note">No direct quotations.</p>
      )}
      <ul class="sl-side-list">
        {tallies.map((t) => (
          <li key={t.side.id} class="sl-side">
            <div class="sl-side-head">
              <SideBadge side={t.side} />
              <span class="sl-side-label">{t.side.label}</span>
              <span class="sl-muted">
                {plural(t.claims, 'claim')}
                {t.quotedWords > 0 ? `, ${plural(t.quotedWords, 'quoted word')}` : ''}
              </span>
            </div>
            <ul class="sl-source-list" aria-label={`Sources for ${t.side.label}`}>
              {t.sources.map((s) => (
                <li key={s.name} class="sl-source">
                  {onSelectSource ? (
                    <button type="button" class="sl-link" onClick={() => onSelectSource(s.name)}>
                      {s.name}
                    </button>
                  ) : (
                    <span>{s.name}</span>
                  )}
                  <span class="sl-count">
                    {s.claims}
                    <span class="sl-visually-hidden"> {s.claims === 1 ? 'claim' : 'claims'}</span>
                  </span>
                  {onMoveSource && (
                    <select
                      class="sl-source-side"
                      aria-label={`Side for ${s.name}`}
                      value={t.side.id}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        if (value !== t.side.id) onMoveSource(s.name, value);
                      }}
                    >
                      {sides.map((side) => (
                        <option key={side.id} value={side.id}>
                          {side.badge} {side.label}
                        </option>
                      ))}
                    </select>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const sidesBalanceCss = `
.sl-balance-row { display: grid; grid-template-columns: 92px 1fr; align-items: center; gap: 8px; margin: 0 0 6px; }
.sl-balance-label { font-size: 12px; color: var(--sl-fg-muted); }
.sl-balance-bar { display: flex; gap: 2px; min-height: 22px; border-radius: 4px; overflow: hidden; }
.sl-balance-segment {
  flex: 1 1 0; min-width: 28px; display: flex; align-items: center; justify-content: center;
  font-size: 12px; font-weight: 700; white-space: nowrap; padding: 0 4px;
}
.sl-balance-note { margin: 0 0 6px; font-size: 12px; }
.sl-side-list, .sl-source-list { list-style: none; margin: 0; padding: 0; }
.sl-side { padding: 8px 0; border-top: 1px solid var(--sl-border); }
.sl-side-head { display: flex; align-items: center; gap: 6px; margin-bottom: 4px; }
.sl-side-label { font-weight: 600; }
.sl-source { display: flex; align-items: center; gap: 6px; padding: 2px 0 2px 26px; }
.sl-source > :first-child { flex: 1 1 auto; min-width: 0; overflow-wrap: anywhere; text-align: start; }
.sl-count {
  min-width: 22px; padding: 0 6px; border-radius: 10px; background: var(--sl-bg-raised);
  font-size: 12px; text-align: center;
}
.sl-source-side { max-width: 120px; font-size: 12px; padding: 1px 2px; background: var(--sl-bg); border: 1px solid var(--sl-border); border-radius: 4px; }
`;
