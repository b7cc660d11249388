// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, popupCss, type PopupProps } from '../../components/Popup';
import { expectAccessible } from './axe';
import { ANALYSIS, CLAIMS, GLOSSARY } from './fixtures';

afterEach(cleanup);

function renderPopup(overrides: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    analysis: ANALYSIS,
    title: 'Fighting continues as talks go on',
    highlightsOn: true,
    onToggleHighlights: vi.fn(),
    onJumpToClaim: vi.fn(),
    onJumpToMention: vi.fn(),
    shortcuts: { next: 'Alt+Shift+N', previous: 'Alt+Shift+P' },
    ...overrides,
  };
  return { ...render(<Popup {...props} />), props };
}

describe('Popup', () => {
  it('has a header with the title, the highlights switch and the legend', () => {
    renderPopup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fighting continues as talks go on');
    expect(screen.getByRole('switch', { name: /highlights/i }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('list', { name: 'Sides and their colours' }).textContent).toBe(
      'RRussiaUUkraineUSUnited States',
    );
  });

  it('shows the sides, the glossary and the claims', () => {
    renderPopup();
    for (const name of ['Sides', 'Glossary', 'Claims (9)', 'People (3)', 'Places (3)']) {
      expect(screen.getByRole('heading', { name })).toBeTruthy();
    }
    expect(screen.getByRole('img', { name: /^Claims: Russia 6 claims/ })).toBeTruthy();
    const body = document.body.textContent ?? '';
    for (const name of ['Volodymyr Zelensky', 'Maria Zakharova', 'Kursk']) expect(body).toContain(name);
    // Only one heading says "people", so a test can wait for it.
    expect(screen.getAllByRole('heading', { name: /people/i })).toHaveLength(1);
  });

  it('toggles highlights', () => {
    const { props } = renderPopup({ highlightsOn: false });
    const toggle = screen.getByRole('switch', { name: /highlights/i });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    expect(props.onToggleHighlights).toHaveBeenCalledWith(true);
  });

  it('passes jumps to claims and mentions through', () => {
    const { props } = renderPopup();
    fireEvent.click(screen.getByRole('button', { name: /ceasefire is within reach/ }));
    expect(props.onJumpToClaim).toHaveBeenCalledWith(CLAIMS[8]);
    const glossary = within(screen.getByRole('region', { name: 'Glossary' }));
    fireEvent.click(glossary.getByRole('button', { name: /^Kursk/ }));
    expect(props.onJumpToMention).toHaveBeenCalledWith(GLOSSARY[3], 0);
    // A source in the sides list jumps to its first claim.
    fireEvent.click(screen.getByRole('button', { name: 'Maria Zakharova' }));
    expect(props.onJumpToClaim).toHaveBeenLastCalledWith(CLAIMS[7]);
  });

  it('moves a source to another side when asked', () => {
    const onMoveSource = vi.fn();
    renderPopup({ onMoveSource });
    fireEvent.change(screen.getByRole('combobox', { name: 'Side for Maria Zakharova' }), {
      target: { value: 'ukraine' },
    });
    expect(onMoveSource).toHaveBeenCalledWith('Maria Zakharova', 'ukraine');
  });

  it('shows the keyboard shortcuts, or where to set them', () => {
    renderPopup();
    expect(screen.getByRole('contentinfo').textContent).toBe(
      'Alt+Shift+N / Alt+Shift+P: next/previous claim on the page',
    );
    cleanup();
    renderPopup({ shortcuts: undefined });
    expect(screen.getByRole('contentinfo').textContent).toMatch(/can be set in the browser’s extension settings/);
  });

  it('shows notes, and offers to analyse again when the page changed', () => {
    const onReanalyse = vi.fn();
    renderPopup({ notes: ['2 claims could not be placed on the page.'], stale: true, onReanalyse });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('2 claims could not be placed on the page.');
    expect(status.textContent).toContain('The page has changed since Sidelight read it.');
    fireEvent.click(screen.getByRole('button', { name: 'Analyse again' }));
    expect(onReanalyse).toHaveBeenCalledTimes(1);
  });

  it('falls back to the name Sidelight without a title', () => {
    renderPopup({ title: '  ' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sidelight');
  });

  it('exports popup CSS, 380px wide, light and dark, with the parts’ styles', () => {
    expect(popupCss).toContain('width: 380px');
    expect(popupCss).toContain('prefers-color-scheme: dark');
    for (const part of ['.sl-balance-bar', '.sl-glossary-row', '.sl-claim', '.sl-legend', '.sl-status']) {
      expect(popupCss).toContain(part);
    }
  });

  it('has no accessibility violations', async () => {
    const { container } = renderPopup({
      notes: ['A note.'],
      stale: true,
      onReanalyse: () => {},
      onMoveSource: () => {},
    });
    await expectAccessible(container);
  });
});
