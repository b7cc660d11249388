// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Legend } from '../../components/Legend';
import { expectAccessible } from './axe';
import { SIDES } from './fixtures';

afterEach(cleanup);

describe('Legend', () => {
  it('shows each side’s colour, letter and label', () => {
    render(<Legend sides={SIDES} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['RRussia', 'UUkraine', 'USUnited States']);
    const badge = items[1]!.querySelector<HTMLElement>('.sl-badge')!;
    expect(badge.getAttribute('aria-hidden')).toBe('true');
    expect(badge.style.background).toMatch(/#1565c0|rgb\(21, 101, 192\)/);
    expect(badge.style.color).toMatch(/#fff|rgb\(255, 255, 255\)/);
  });

  it('renders nothing without sides', () => {
    const { container } = render(<Legend sides={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('has no accessibility violations', async () => {
    const { container } = render(<Legend sides={SIDES} />);
    await expectAccessible(container);
  });
});
