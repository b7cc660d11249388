import { useId, useRef, useState } from 'preact/hooks';
import type { EntityKind, GlossaryEntry } from '../lib/types';
import { plural } from './format';

export interface GlossaryProps {
  entries: GlossaryEntry[];
  /** The reader picked an entry: show its mention number `mentionIndex` (0, 1, 2, … then round again). */
  onJump(entry: GlossaryEntry, mentionIndex: number): void;
}

const SECTIONS: { kind: EntityKind; title: string; none: string }[] = [
  { kind: 'person', title: 'People', none: 'No people named.' },
  { kind: 'place', title: 'Places', none: 'No places named.' },
  { kind: 'organization', title: 'Organisations', none: 'No organisations named.' },
];

/** Whether an entry's name or description contains the filter text (case-insensitive). */
export function matchesFilter(entry: GlossaryEntry, filter: string): boolean {
  const needle = filter.trim().toLocaleLowerCase();
  if (!needle) return true;
  return `${entry.name}\n${entry.description ?? ''}`.toLocaleLowerCase().includes(needle);
}

/**
 * People, places and organisations in the article. Each row is a button: every press jumps to the
 * entry's next mention, round again after the last.
 */
export function Glossary({ entries, onJump }: GlossaryProps) {
  const [filter, setFilter] = useState('');
  // Which mention each entry showed last; `undefined` until the reader first picks it.
  const [shown, setShown] = useState<Record<string, number>>({});
  const next = useRef(new Map<string, number>());
  const id = useId();

  const jump = (entry: GlossaryEntry) => {
    const count = entry.mentions.length;
    if (count === 0) return;
    const i = (next.current.get(entry.entityId) ?? 0) % count;
    next.current.set(entry.entityId, i + 1);
    setShown((s) => ({ ...s, [entry.entityId]: i }));
    onJump(entry, i);
  };

  const visible = entries.filter((e) => matchesFilter(e, filter));
  return (
    <div class="sl-glossary">
      <div class="sl-filter">
        <label for={`${id}-filter`}>Filter</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          placeholder="Name or description"
          autocomplete="off"
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
      </div>
      {entries.length === 0 ? (
        <p class="sl-empty">No people, places or organisations found in this article.</p>
      ) : visible.length === 0 ? (
        <p class="sl-empty" role="status">
          Nothing matches “{filter.trim()}”.
        </p>
      ) : null}
      {SECTIONS.map(({ kind, title, none }) => {
        const rows = visible.filter((e) => e.kind === kind);
        const headingId = `${id}-${kind}`;
        return (
          <section key={kind} class="sl-glossary-section" aria-labelledby={headingId}>
            <h3 id={headingId}>
              {title} <span class="sl-muted">({rows.length})</span>
            </h3>
            {rows.length === 0 ? (
              <p class="sl-muted sl-glossary-none">{filter.trim() ? 'No matches.' : none}</p>
            ) : (
              <ul class="sl-glossary-list">
                {rows.map((entry) => {
                  const at = shown[entry.entityId];
                  return (
                    <li key={entry.entityId}>
                      <button
                        type="button"
                        class="sl-glossary-row"
                        disabled={entry.mentions.length === 0}
                        onClick={() => jump(entry)}
                      >
                        <span class="sl-glossary-name">{entry.name}</span>{' '}
                        <span class="sl-glossary-count">
                          {plural(entry.mentionCount, 'mention')}
                          {at !== undefined && entry.mentions.length > 1
                            ? ` · at ${at + 1} of ${entry.mentions.length}`
                            : ''}
                          {entry.claimCount > 0 ? ` · ${plural(entry.claimCount, 'claim')}` : ''}
                        </span>
                        {entry.description && <span class="sl-glossary-description"> {entry.description}</span>}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

export const glossaryCss = `
.sl-filter { display: flex; align-items: center; gap: 8px; margin: 0 0 8px; }
.sl-filter label { font-size: 13px; color: var(--sl-fg-muted); }
.sl-filter input {
  flex: 1 1 auto; min-width: 0; padding: 4px 8px; border: 1px solid var(--sl-border);
  border-radius: 6px; background: var(--sl-bg);
}
.sl-glossary-section h3 { margin: 10px 0 4px; font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; }
.sl-glossary-none { margin: 0 0 4px; font-size: 13px; }
.sl-glossary-list { list-style: none; margin: 0; padding: 0; }
.sl-glossary-row {
  display: grid; grid-template-columns: 1fr auto; gap: 0 8px; width: 100%; padding: 6px 8px;
  text-align: start; background: none; border: 0; border-radius: 6px; cursor: pointer;
}
.sl-glossary-row:hover:not(:disabled) { background: var(--sl-bg-raised); }
.sl-glossary-row:disabled { cursor: default; }
.sl-glossary-name { font-weight: 600; overflow-wrap: anywhere; }
.sl-glossary-count { font-size: 12px; color: var(--sl-fg-muted); white-space: nowrap; }
.sl-glossary-description { grid-column: 1 / -1; font-size: 13px; color: var(--sl-fg-muted); }
`;
