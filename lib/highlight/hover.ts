import type { PlacedClaim } from './painter';

/**
 * Hover behaviour like Wikipedia's Page Previews: a short dwell on a highlight before the card
 * shows, a grace period before it hides (so the pointer can travel into the card), Escape closes.
 * Pointer moves are coalesced to one hit-test per animation frame.
 */
export interface HoverOptions {
  doc: Document;
  signal: AbortSignal;
  /** The claim under a viewport point, if any. */
  hitTest(x: number, y: number): PlacedClaim | null;
  show(claim: PlacedClaim): void;
  hide(): void;
  /** Whether an event happened inside the card (its shadow host is in the event's path). */
  inCard(event: Event): boolean;
  dwellMs?: number;
  graceMs?: number;
}

export interface HoverWatch {
  /** Hides the card now. */
  close(): void;
  /** The card was opened another way (keyboard): treat it as shown by hovering. */
  opened(claim: PlacedClaim): void;
}

export function watchHover(options: HoverOptions): HoverWatch {
  const { doc, signal, hitTest, show, hide, inCard } = options;
  const dwell = options.dwellMs ?? 300;
  const grace = options.graceMs ?? 300;
  const win = doc.defaultView!;
  let shown: PlacedClaim | null = null;
  let pending: PlacedClaim | null = null;
  let showTimer = 0;
  let hideTimer = 0;
  let frame = 0;
  let last: PointerEvent | null = null;

  const cancelShow = () => {
    win.clearTimeout(showTimer);
    pending = null;
  };
  const cancelHide = () => win.clearTimeout(hideTimer);
  const close = () => {
    cancelShow();
    cancelHide();
    if (shown) {
      shown = null;
      hide();
    }
  };
  const scheduleHide = () => {
    cancelHide();
    if (shown) hideTimer = win.setTimeout(close, grace);
  };

  const onFrame = () => {
    frame = 0;
    const e = last;
    if (!e) return;
    if (inCard(e)) {
      cancelShow();
      cancelHide();
      return;
    }
    const hit = hitTest(e.clientX, e.clientY);
    if (hit && hit === shown) {
      cancelShow();
      cancelHide();
    } else if (hit) {
      if (hit !== pending) {
        cancelShow();
        pending = hit;
        showTimer = win.setTimeout(() => {
          pending = null;
          cancelHide();
          shown = hit;
          show(hit);
        }, dwell);
      }
    } else {
      cancelShow();
      scheduleHide();
    }
  };

  doc.addEventListener(
    'pointermove',
    (e) => {
      last = e;
      if (!frame) frame = win.requestAnimationFrame(onFrame);
    },
    { passive: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && shown) close();
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
    cancelShow();
    cancelHide();
  });
  return {
    close,
    opened(claim) {
      cancelShow();
      cancelHide();
      shown = claim;
    },
  };
}
