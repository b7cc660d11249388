// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { positionCard, rangeReference } from '../../components/position-card';

/** A rectangle as the DOM reports it. */
function rect(x: number, y: number, width: number, height: number): DOMRect {
  return { x, y, width, height, left: x, top: y, right: x + width, bottom: y + height, toJSON: () => ({}) } as DOMRect;
}

function setUp(phrase: DOMRect) {
  document.body.innerHTML = '<p>Moscow claims its troops advanced.</p><div id="card"></div>';
  const text = document.querySelector('p')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, 7);
  range.setEnd(text, 13);
  range.getBoundingClientRect = () => phrase;
  range.getClientRects = () => [phrase] as unknown as DOMRectList;
  const card = document.getElementById('card')!;
  // The test DOM has no layout: give the card its size and the viewport its own.
  card.style.width = '300px';
  card.style.height = '120px';
  Object.defineProperties(card, { offsetWidth: { value: 300 }, offsetHeight: { value: 120 } });
  card.getBoundingClientRect = () => rect(0, 0, 300, 120);
  const html = document.documentElement;
  Object.defineProperties(html, {
    clientWidth: { value: window.innerWidth, configurable: true },
    clientHeight: { value: window.innerHeight, configurable: true },
  });
  return { range, card };
}

/** Where the card ends up once Floating UI has computed (it resolves asynchronously). */
async function placed(card: HTMLElement) {
  await vi.waitFor(() => expect(card.style.visibility).toBe(''));
  return { left: parseFloat(card.style.left), top: parseFloat(card.style.top), position: card.style.position };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('positionCard', () => {
  it('puts the card 6px below the phrase, aligned with its start, fixed', async () => {
    const { range, card } = setUp(rect(100, 200, 60, 20));
    const stop = positionCard(card, range);
    expect(card.style.visibility).toBe('hidden');
    expect(await placed(card)).toEqual({ left: 100, top: 226, position: 'fixed' });
    stop();
  });

  it('tells when the card is first placed and visible (a hidden card cannot take focus)', async () => {
    const { range, card } = setUp(rect(100, 200, 60, 20));
    const visibilityThen: string[] = [];
    const stop = positionCard(card, range, undefined, () => visibilityThen.push(card.style.visibility));
    expect(visibilityThen).toEqual([]);
    await placed(card);
    window.dispatchEvent(new Event('resize'));
    await new Promise((ok) => setTimeout(ok, 20));
    expect(visibilityThen).toEqual(['']);
    stop();
  });

  it('flips above the phrase when there is no room below', async () => {
    const { range, card } = setUp(rect(100, window.innerHeight - 40, 60, 20));
    const stop = positionCard(card, range);
    expect((await placed(card)).top).toBe(window.innerHeight - 40 - 6 - 120);
    stop();
  });

  it('keeps 8px inside the viewport at the edge', async () => {
    const { range, card } = setUp(rect(window.innerWidth - 30, 200, 20, 20));
    const stop = positionCard(card, range);
    const { left } = await placed(card);
    // Shifted left so the whole card shows, 8px from the edge (less any scrollbar Floating UI allows for).
    expect(left + 300).toBeLessThanOrEqual(window.innerWidth - 8);
    expect(left + 300).toBeGreaterThan(window.innerWidth - 8 - 20);
    stop();
  });

  it('does nothing with an aborted signal, and stops when the signal aborts', async () => {
    const { range, card } = setUp(rect(100, 200, 60, 20));
    positionCard(card, range, AbortSignal.abort());
    expect(card.style.visibility).toBe('');
    expect(card.style.left).toBe('');
    const controller = new AbortController();
    const remove = vi.spyOn(window, 'removeEventListener');
    positionCard(card, range, controller.signal);
    controller.abort();
    expect(remove).toHaveBeenCalledWith('resize', expect.any(Function));
  });

  it('anchors to the range’s boxes and scrolls with its element', () => {
    const { range } = setUp(rect(1, 2, 3, 4));
    const reference = rangeReference(range);
    expect(reference.getBoundingClientRect()).toMatchObject({ x: 1, y: 2 });
    expect(reference.contextElement).toBe(document.querySelector('p'));
  });
});
