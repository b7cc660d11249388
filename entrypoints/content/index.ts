import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { claimAtPoint } from '@/lib/highlight/hit-test';
import { watchHover } from '@/lib/highlight/hover';
import { errorText, isMessage, PROTOCOL_VERSION, type Message, type Reply } from '@/lib/messaging';
import { PageSession } from '@/lib/page/session';
import { getSideChoices, setSideChoice, watchSideChoices } from '@/lib/sides/store';
import { getSideColors, rememberSides, watchSideColors } from '@/lib/settings';
import { mountCard } from './card';

/**
 * Injected by the popup (or a keyboard command) into the active tab only: registration 'runtime'
 * keeps it out of the manifest, so Sidelight sees nothing until the reader asks. Wiring only:
 * the work is in lib/page/session.ts, lib/highlight/ and the card UI.
 */
export default defineContentScript({
  // No match patterns: WXT would turn them into host permissions. The popup injects the script.
  matches: [],
  registration: 'runtime',
  main(ctx) {
    // Listen at once, so the popup's first message after injection is not lost; answer when ready.
    const ready = setUp(ctx);
    const listener = (raw: unknown, _sender: unknown, sendResponse: (reply: Reply<unknown>) => void) => {
      if (!isMessage(raw)) return false;
      ready
        .then((handle) => handle(raw))
        .then(
          (value) => sendResponse({ ok: true, value }),
          (error: unknown) => sendResponse({ ok: false, error: errorText(error) }),
        );
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});



async function setUp(ctx: ContentScriptContext): Promise<(msg: Message) => Promise<unknown>> {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const { signal } = controller;

    const [choices, colors] = await Promise.all([getSideChoices(), getSideColors()]);
    const session = new PageSession(document, choices, colors);
    signal.addEventListener('abort', () => session.dispose());

    const card = await mountCard(ctx, {
      session,
      onMoveToSide: (source, side) => void setSideChoice(source, side),
      onClose: () => hover.close(),
    });
    const hover = watchHover({
      doc: document,
      signal,
      hitTest: (x, y) => {
        const map = session.textMap;
        return map && session.showing ? claimAtPoint(document, map, session.placed, x, y) : null;
      },
      show: (placed) => card.show(placed, { focus: false }),
      hide: () => card.hide(),
      inCard: (e) => e.composedPath().includes(card.host),
    });

    // The reader moved a source to another side (here, in the popup, or in another tab): re-colour.
    watchSideChoices((choices) => {
      session.setChoices(choices);
      card.refresh();
    }, signal);

    const unwatchColors = watchSideColors((colors) => {
      session.setColors(colors);
      card.refresh();
    });
    signal.addEventListener('abort', unwatchColors);

    // Single-page apps: a new URL means the article may be gone; drop highlights, offer a new run.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      hover.close();
      session.markStale();
    });

    return async (msg: Message): Promise<unknown> => {
      switch (msg.type) {
        case 'ping':
          return { version: PROTOCOL_VERSION };
        case 'analyze': {
          const state = session.run({ force: msg.force, fresh: msg.fresh });
          if (state.kind === 'article') void rememberSides(state.analysis.sides);
          return state;
        }
        case 'set-highlights':
          if (!msg.on) {
            hover.close();
            card.detach();
          }
          return session.setHighlights(msg.on);
        case 'jump-to-claim': {
          const placed = session.focusClaim(msg.claimId);
          if (placed) {
            card.show(placed, { focus: false });
            hover.opened(placed);
          }
          return !!placed;
        }
        case 'jump-to-mention':
          return session.jumpTo(msg.start, msg.end);
        case 'step-claim': {
          // Not analysed yet, or the page changed since: the reader asks for this page's claims.
          if (!session.result) session.run();
          else if (session.isStale) session.run({ fresh: true });
          const placed = session.step(msg.direction);
          if (placed) {
            card.show(placed, { focus: true });
            hover.opened(placed);
          }
          return placed?.claim.id ?? null;
        }
        case 'move-source':
          await setSideChoice(msg.source, msg.side);
          return session.setChoices(await getSideChoices());
      }
    };
}
