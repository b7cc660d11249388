// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimsList, groupBySide } from '../../components/ClaimsList';
import { expectAccessible } from './axe';
import { CLAIMS, SIDES } from './fixtures';

afterEach(cleanup);

describe('ClaimsList', () => {
  it('groups claims by side, in the order of the sides, with label, letter and count', () => {
    render(<ClaimsList claims={CLAIMS} sides={SIDES} onJump={() => {}} />);
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual(['RRussia(6)', 'UUkraine(2)', 'USUnited States(1)']);
    const ukraine = within(screen.getByRole('region', { name: 'Ukraine: 2 claims' }));
    expect(ukraine.getAllByRole('button')).toHaveLength(2);
  });

  it('shows source, cue and the content trimmed to 140 characters', () => {
    render(<ClaimsList claims={CLAIMS} sides={SIDES} onJump={() => {}} />);
    const quote = screen.getByRole('button', { name: /We continue/ });
    expect(quote.querySelector('.sl-claim-source')?.textContent).toBe('Volodymyr Zelensky');
    expect(quote.textContent).toContain('explained');
    const content = quote.querySelector('.sl-claim-content')?.textContent ?? '';
    expect(content.startsWith('“We continue to carry out active operations')).toBe(true);
    expect(content.endsWith('…”')).toBe(true);
    expect(content.length).toBeLessThanOrEqual(142);
  });

  it('marks low-confidence claims', () => {
    render(<ClaimsList claims={CLAIMS} sides={SIDES} onJump={() => {}} />);
    expect(screen.getByRole('button', { name: /downing over 150/ }).textContent).toContain('low confidence');
    expect(screen.getAllByText(/low confidence/)).toHaveLength(1);
  });

  it('jumps to a claim on click and on Enter', () => {
    const onJump = vi.fn();
    render(<ClaimsList claims={CLAIMS} sides={SIDES} onJump={onJump} />);
    const button = screen.getByRole('button', { name: /ceasefire is within reach/ });
    fireEvent.click(button);
    expect(onJump).toHaveBeenLastCalledWith(CLAIMS[8]);
    // A native button: Enter and Space activate it, the browser turns them into a click.
    expect(button.tagName).toBe('BUTTON');
  });

  it('puts claims with no known side last', () => {
    const stray = { ...CLAIMS[0]!, id: 'c99', side: 'atlantis' };
    const groups = groupBySide([...CLAIMS, stray], SIDES);
    expect(groups.map((g) => [g.side.label, g.claims.length])).toEqual([
      ['Russia', 6],
      ['Ukraine', 2],
      ['United States', 1],
      ['No side', 1],
    ]);
  });

  it('has an empty state', () => {
    render(<ClaimsList claims={[]} sides={SIDES} onJump={() => {}} />);
    expect(screen.getByText('No attributed claims found in this article.')).toBeTruthy();
  });

  it('has no accessibility violations', async () => {
    const { container } = render(<ClaimsList claims={CLAIMS} sides={SIDES} onJump={() => {}} />);
    await expectAccessible(container);
  });
});
