import type { TextMap } from '../extract/text-map';
import type { PlacedClaim } from './painter';

/**
 * Which placed claim is under a point of the viewport. The caret position under the point gives a
 * text node and offset, the text map turns it into an article offset, and a binary search over
 * the claims (sorted by content start) finds the one containing it; the claim's own client
 * rectangles then confirm the point is on its text and not merely nearest to it.
 */
export function claimAtPoint(
  doc: Document,
  map: TextMap,
  placed: readonly PlacedClaim[],
  x: number,
  y: number,
): PlacedClaim | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const offset = map.offsetOf(caret.node, caret.offset);
  if (offset === null) return null;
  for (const candidate of claimsAround(placed, offset)) {
    if (containsPoint(candidate.content, x, y) || (candidate.source && containsPoint(candidate.source, x, y))) {
      return candidate;
    }
  }
  return null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Claims whose content or source span is at or next to `offset` (a caret sits between characters). */
function* claimsAround(placed: readonly PlacedClaim[], offset: number): Generator<PlacedClaim> {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid]!.claim.content.end < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = Math.max(0, lo - 1); i < placed.length && placed[i]!.claim.content.start <= offset + 1; i++) {
    yield placed[i]!;
  }
  // source mentions can sit away from the content ("…,” he said): check those too, cheaply
  for (const p of placed) {
    const m = p.claim.source.mention;
    if (m && m.start <= offset + 1 && offset <= m.end) yield p;
  }
}

export function containsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}
