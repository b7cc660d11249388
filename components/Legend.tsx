import type { Side } from '../lib/types';
import { SideBadge } from './SideBadge';

export interface LegendProps {
  sides: Side[];
}

/** One compact line: each side's colour, letter and label. */
export function Legend({ sides }: LegendProps) {
  if (sides.length === 0) return null;
  return (
    <ul class="sl-legend" aria-label="Sides and their colours">
      {sides.map((side) => (
        <li key={side.id} class="sl-legend-item">
          <SideBadge side={side} />
          <span>{side.label}</span>
        </li>
      ))}
    </ul>
  );
}

export const legendCss = `
.sl-legend { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 0; padding: 0; list-style: none; font-size: 13px; }
.sl-legend-item { display: inline-flex; align-items: center; gap: 4px; }
`;
