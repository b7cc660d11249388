/**
 * Index of the item whose [start, end) holds offset `at`, by binary search over items sorted by
 * start that do not overlap (sentences, quotations); -1 when none does.
 */
export function indexContaining(items: ReadonlyArray<{ start: number; end: number }>, at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid]!;
    if (at < item.start) hi = mid - 1;
    else if (at >= item.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
