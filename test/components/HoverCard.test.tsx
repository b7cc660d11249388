// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeEvidence, HoverCard, hoverCardCss, type HoverCardProps } from '../../components/HoverCard';
import { expectAccessible } from './axe';
import { CLAIMS, RUSSIA, SIDES, SOURCE_SIDES, UKRAINE } from './fixtures';

afterEach(cleanup);

const [ministryClaim, , zelenskyQuote, , lowClaim] = CLAIMS as [
  (typeof CLAIMS)[0],
  (typeof CLAIMS)[0],
  (typeof CLAIMS)[0],
  (typeof CLAIMS)[0],
  (typeof CLAIMS)[0],
];

function renderCard(overrides: Partial<HoverCardProps> = {}) {
  const props: HoverCardProps = {
    claim: ministryClaim,
    side: RUSSIA,
    sides: SIDES,
    evidence: SOURCE_SIDES[0]!.evidence,
    sameSourceIndex: 0,
    sameSourceCount: 3,
    onPrev: vi.fn(),
    onNext: vi.fn(),
    onMoveToSide: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const view = render(<HoverCard {...props} />);
  return { ...view, props, card: screen.getByRole('dialog') };
}

describe('HoverCard', () => {
  it('is a labelled dialog that can take focus, with a polite live region', () => {
    const { card, container } = renderCard();
    expect(card.getAttribute('aria-label')).toBe('Claim by Russian Defense Ministry');
    expect(card.tabIndex).toBe(-1);
    expect(container.firstElementChild).toBe(card);
    const live = card.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toContain('its forces had driven Ukrainian troops');
  });

  it('shows the claim, the source, the cue, and the side with its evidence', () => {
    const { card } = renderCard();
    expect(card.textContent).toContain(
      '“its forces had driven Ukrainian troops from the village of Guyevo, located in Russia’s Kursk region”',
    );
    expect(card.querySelector('.sl-card-source')?.textContent).toBe('Russian Defense Ministry');
    expect(card.textContent).toContain('Cue“announced”');
    expect(card.querySelector('.sl-card-side')?.textContent).toBe('RRussia');
    expect(card.textContent).toContain('Russia: “Russian” in “Russian Defense Ministry”');
    expect(card.textContent).not.toContain('As written');
    expect(card.textContent).not.toContain('confidence');
  });

  it('shows the source’s role and the mention as written when it differs from the name', () => {
    const { card } = renderCard({ claim: zelenskyQuote, side: UKRAINE, evidence: SOURCE_SIDES[1]!.evidence });
    expect(card.querySelector('.sl-card-source')?.textContent).toBe('Volodymyr Zelensky, President');
    expect(card.textContent).toContain('As written“he” → Volodymyr Zelensky');
    expect(card.textContent).toContain('Direct quote');
  });

  it('trims long content to about 280 characters', () => {
    const long = { ...ministryClaim, content: { start: 0, end: 600, text: 'word '.repeat(120) } };
    const { card } = renderCard({ claim: long });
    const text = card.querySelector('.sl-card-content')?.textContent ?? '';
    expect(text.length).toBeLessThanOrEqual(282);
    expect(text.endsWith('…”')).toBe(true);
  });

  it('says when confidence is low', () => {
    const { card } = renderCard({ claim: lowClaim });
    expect(card.textContent).toContain('Low confidence (45%)');
  });

  it('counts the claims from this source and steps through them', () => {
    const { props } = renderCard({ sameSourceIndex: 1, sameSourceCount: 3 });
    expect(screen.getByText('claim 2 of 3 from this source')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Previous/ }));
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(props.onPrev).toHaveBeenCalledTimes(1);
    expect(props.onNext).toHaveBeenCalledTimes(2);
  });

  it('counts without a position when the claim is not among its source’s placed claims', () => {
    renderCard({ sameSourceIndex: -1, sameSourceCount: 2 });
    expect(screen.getByText('2 claims from this source')).toBeTruthy();
  });

  it('disables Previous and Next for a source with one claim', () => {
    renderCard({ sameSourceIndex: 0, sameSourceCount: 1 });
    expect((screen.getByRole('button', { name: /Previous/ }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: /Next/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('moves the source to the side chosen in "Move to side…"', () => {
    const { props } = renderCard();
    const select = screen.getByRole('combobox', { name: 'Move to side…' }) as HTMLSelectElement;
    expect(select.value).toBe('russia');
    expect([...select.options].map((o) => o.textContent)).toEqual(['R Russia', 'U Ukraine', 'US United States']);
    fireEvent.change(select, { target: { value: 'ukraine' } });
    expect(props.onMoveToSide).toHaveBeenCalledWith('ukraine');
  });

  it('offers the current side even when it is not among the sides', () => {
    const unknown = { id: 'unknown', label: 'Unknown', color: '#9e9e9e', badge: '?' };
    renderCard({ side: unknown, evidence: { reason: 'none', text: '' } });
    const select = screen.getByRole('combobox', { name: 'Move to side…' }) as HTMLSelectElement;
    expect(select.value).toBe('unknown');
    expect(screen.getByRole('dialog').textContent).toContain('No evidence in the text');
  });

  it('closes on Escape, and with its close button', () => {
    const { card, props } = renderCard();
    fireEvent.keyDown(card, { key: 'a' });
    expect(props.onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('renders page text as text, never as markup', () => {
    const hostile = { ...ministryClaim, content: { start: 0, end: 30, text: '<img src=x onerror=alert(1)>' } };
    const { card } = renderCard({ claim: hostile });
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('exports its CSS in px, with a dark theme', () => {
    expect(hoverCardCss).toContain('.sl-card');
    expect(hoverCardCss).toContain('prefers-color-scheme: dark');
    expect(hoverCardCss).not.toMatch(/\drem\b/);
  });

  it('has no accessibility violations', async () => {
    const { container } = renderCard({ claim: lowClaim, sameSourceIndex: 2 });
    await expectAccessible(container);
  });
});

describe('describeEvidence', () => {
  it('puts the evidence words in the source name when they are part of it', () => {
    expect(describeEvidence({ reason: 'demonym', text: 'Russian' }, 'Russian Defense Ministry')).toBe(
      '“Russian” in “Russian Defense Ministry”',
    );
    expect(describeEvidence({ reason: 'role', text: 'President of Ukraine' }, 'Volodymyr Zelensky')).toBe(
      '“President of Ukraine” (role)',
    );
    expect(describeEvidence({ reason: 'user', text: 'your choice' }, 'X')).toBe('You chose this side.');
    expect(describeEvidence(undefined, 'X')).toBe('No evidence in the text: side unknown.');
  });
});
