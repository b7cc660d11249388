import type { Side } from '../lib/types';
import { readableTextOn } from './format';

/**
 * The side's colour with its letter on it: the letter is the non-colour cue for readers who
 * cannot tell the colours apart. Hidden from screen readers, which get the side's label beside it.
 */
export function SideBadge({ side }: { side: Side }) {
  return (
    <span class="sl-badge" style={{ background: side.color, color: readableTextOn(side.color) }} aria-hidden="true">
      {side.badge}
    </span>
  );
}
