import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard, hoverCardCss } from '@/components/HoverCard';
import { positionCard } from '@/components/position-card';
import type { PlacedClaim } from '@/lib/highlight/painter';
import type { PageSession } from '@/lib/page/session';
import { UNKNOWN_SIDE } from '@/lib/sides';

export interface CardHandle {
  /** The shadow host: events whose path includes it happened inside the card. */
  host: HTMLElement;
  show(placed: PlacedClaim, options: { focus: boolean }): void;
  hide(): void;
  /** Re-renders the open card (the claim's side may have changed). */
  refresh(): void;
  /** Takes the card's host out of the page (Sidelight turned off); the next show() puts it back. */
  detach(): void;
}

type ContentContext = ContentScriptContext;

/**
 * The hover card, in a shadow root so the page's styles cannot reach it and ours cannot leak.
 * It is mounted once, on first use, and removed with the content script.
 */
export async function mountCard(
  ctx: ContentContext,
  actions: { session: PageSession; onMoveToSide(source: string, side: string): void; onClose(): void },
): Promise<CardHandle> {
  let container: HTMLElement | null = null;
  let current: PlacedClaim | null = null;
  let stopPositioning: (() => void) | undefined;
  /** The card element and phrase being positioned now, and whether the card has shown yet. */
  let positioned: { card: HTMLElement; range: Range; shown: boolean } | null = null;
  let focusWhenShown = false;

  const ui = await createShadowRootUi(ctx, {
    name: 'sidelight-card',
    position: 'overlay',
    anchor: 'body',
    append: 'last',
    css: hoverCardCss,
    onMount(uiContainer) {
      container = uiContainer;
    },
    onRemove() {
      stopAll();
      if (container) render(null, container);
    },
  });

  const draw = (focus: boolean) => {
    const { session } = actions;
    const analysis = session.result;
    if (!current || !analysis) return;
    if (!container) ui.mount();
    const target = container!;
    // The claim may have been re-coloured since it was placed: read it afresh by id.
    const claim = analysis.claims.find((c) => c.id === current!.claim.id) ?? current.claim;
    const side = analysis.sides.find((s) => s.id === claim.side) ?? UNKNOWN_SIDE;
    const evidence = analysis.sourceSides.find((s) => s.source === claim.source.name)?.evidence;
    const same = session.placed.filter((p) => p.claim.source.name === claim.source.name);
    const index = same.findIndex((p) => p.claim.id === claim.id);
    const go = (delta: number) => {
      const next = same[(index + delta + same.length) % same.length];
      if (!next) return;
      session.focusClaim(next.claim.id);
      handle.show(next, { focus: true });
    };
    render(
      <HoverCard
        claim={claim}
        side={side}
        sides={analysis.sides}
        evidence={evidence}
        sameSourceIndex={index}
        sameSourceCount={same.length}
        onPrev={() => go(-1)}
        onNext={() => go(1)}
        onMoveToSide={(sideId) => actions.onMoveToSide(claim.source.name, sideId)}
        onClose={actions.onClose}
      />,
      target,
    );
    const card = target.firstElementChild as HTMLElement | null;
    if (!card) return;
    // Re-rendering the same claim (re-coloured) keeps its position: placing it again would hide the
    // card for a moment and take the focus from the control the reader is using.
    if (positioned?.card !== card || positioned.range !== current.content) {
      stopPositioning?.();
      const p: NonNullable<typeof positioned> = { card, range: current.content, shown: false };
      positioned = p;
      stopPositioning = positionCard(card, p.range, undefined, () => {
        p.shown = true;
        if (focusWhenShown) card.focus();
        focusWhenShown = false;
      });
    }
    // The card is hidden until placed, and a hidden element cannot take focus: focus it then.
    if (focus) {
      if (positioned.shown) card.focus();
      else focusWhenShown = true;
    }
  };

  const stopAll = () => {
    stopPositioning?.();
    stopPositioning = undefined;
    positioned = null;
    focusWhenShown = false;
  };

  const handle: CardHandle = {
    host: ui.shadowHost,
    show(placed, options) {
      current = placed;
      draw(options.focus);
    },
    hide() {
      current = null;
      stopAll();
      if (container) render(null, container);
    },
    refresh() {
      if (current) draw(false);
    },
    detach() {
      handle.hide();
      if (container) ui.remove();
      container = null;
    },
  };
  return handle;
}
