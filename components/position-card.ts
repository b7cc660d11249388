import { autoUpdate, computePosition, flip, hide, offset, shift, type VirtualElement } from '@floating-ui/dom';

/** The range as something Floating UI can anchor to: its boxes, and the element it scrolls with. */
export function rangeReference(range: Range): VirtualElement {
  const node = range.startContainer;
  const contextElement = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : (node.parentElement ?? undefined);
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement,
  };
}

/**
 * Keeps `card` just below the phrase in `range` (above it when there is no room below), inside
 * the viewport, never over the phrase itself. Follows scrolling and resizing until the returned
 * function is called or `signal` aborts. The card is hidden until its first position is known, so
 * it never flashes in the corner, and while the phrase is scrolled out of view. A hidden element
 * cannot take focus: `onShown` runs once, the first time the card is placed and visible.
 */
export function positionCard(
  card: HTMLElement,
  range: Range,
  signal?: AbortSignal,
  onShown?: () => void,
): () => void {
  if (signal?.aborted) return () => {};
  const reference = rangeReference(range);
  const strategy = 'fixed';
  card.style.position = strategy;
  card.style.visibility = 'hidden';
  let stopped = false;
  let shown = false;

  const update = () => {
    void computePosition(reference, card, {
      strategy,
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 }), hide()],
    }).then(({ x, y, middlewareData }) => {
      if (stopped) return;
      card.style.left = `${x}px`;
      card.style.top = `${y}px`;
      // Scrolled out of sight, the phrase takes its card with it.
      const hidden = !!middlewareData.hide?.referenceHidden;
      card.style.visibility = hidden ? 'hidden' : '';
      if (!hidden && !shown) {
        shown = true;
        onShown?.();
      }
    });
  };

  const cleanup = autoUpdate(reference, card, update);
  const stop = () => {
    if (stopped) return;
    stopped = true;
    cleanup();
    signal?.removeEventListener('abort', stop);
  };
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
