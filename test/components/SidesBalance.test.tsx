// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidesBalance, tallySides } from '../../components/SidesBalance';
import type { Claim } from '../../lib/types';
import { expectAccessible } from './axe';
import { CLAIMS, SIDES, SOURCE_SIDES } from './fixtures';

afterEach(cleanup);

describe('tallySides', () => {
  it('counts claims, quoted words of direct claims, and claims per source, per side', () => {
    const [russia, ukraine, usa] = tallySides(SIDES, CLAIMS, SOURCE_SIDES);
    expect(russia?.claims).toBe(6);
    expect(russia?.quotedWords).toBe(9); // "We are open to a meaningful and practical dialogue"
    expect(russia?.sources).toEqual([
      { name: 'Russian Defense Ministry', claims: 3 },
      { name: 'Vasily Nebenzya', claims: 2 },
      { name: 'Maria Zakharova', claims: 1 },
    ]);
    expect(ukraine?.claims).toBe(2);
    expect(ukraine?.quotedWords).toBe(28);
    expect(usa).toMatchObject({ claims: 1, quotedWords: 0, sources: [{ name: 'US mediators', claims: 1 }] });
  });

  it('leaves out sides with no claims and no sources', () => {
    const onlyRussia = CLAIMS.filter((c) => c.side === 'russia');
    const sources = SOURCE_SIDES.filter((s) => s.side === 'russia');
    expect(tallySides(SIDES, onlyRussia, sources).map((t) => t.side.id)).toEqual(['russia']);
  });
});

describe('SidesBalance', () => {
  it('draws the balance with a text alternative, each segment with its colour and letter', () => {
    render(<SidesBalance sides={SIDES} claims={CLAIMS} sourceSides={SOURCE_SIDES} />);
    const claimsBar = screen.getByRole('img', { name: /^Claims:/ });
    expect(claimsBar.getAttribute('aria-label')).toBe(
      'Claims: Russia 6 claims, Ukraine 2 claims, United States 1 claim',
    );
    const segments = claimsBar.querySelectorAll<HTMLElement>('.sl-balance-segment');
    expect([...segments].map((s) => s.textContent)).toEqual(['R 6', 'U 2', 'US 1']);
    expect(segments[0]?.style.background).toMatch(/#d32f2f|rgb\(211, 47, 47\)/);
    expect(segments[0]?.style.flexGrow).toBe('6');
    expect(screen.getByRole('img', { name: /^Quoted words:/ }).getAttribute('aria-label')).toBe(
      'Quoted words: Russia 9 words, Ukraine 28 words',
    );
  });

  it('lists each side with its claim count and its sources with theirs', () => {
    render(<SidesBalance sides={SIDES} claims={CLAIMS} sourceSides={SOURCE_SIDES} />);
    const russia = within(screen.getByRole('list', { name: 'Sources for Russia' }));
    const rows = russia.getAllByRole('listitem').map((li) => li.textContent);
    expect(rows).toEqual(['Russian Defense Ministry3 claims', 'Vasily Nebenzya2 claims', 'Maria Zakharova1 claim']);
    expect(screen.getByText('6 claims, 9 quoted words')).toBeTruthy();
    expect(screen.getByText('1 claim')).toBeTruthy();
  });

  it('says so when there are no direct quotations', () => {
    const reported = CLAIMS.filter((c) => c.kind !== 'direct');
    render(<SidesBalance sides={SIDES} claims={reported} sourceSides={SOURCE_SIDES} />);
    expect(screen.getByText('No direct quotations.')).toBeTruthy();
    expect(screen.queryByRole('img', { name: /Quoted words/ })).toBeNull();
  });

  it('calls back with the source picked, and with the side a source is moved to', () => {
    const onSelectSource = vi.fn();
    const onMoveSource = vi.fn();
    render(
      <SidesBalance
        sides={SIDES}
        claims={CLAIMS}
        sourceSides={SOURCE_SIDES}
        onSelectSource={onSelectSource}
        onMoveSource={onMoveSource}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Vasily Nebenzya' }));
    expect(onSelectSource).toHaveBeenCalledWith('Vasily Nebenzya');
    const select = screen.getByRole('combobox', { name: 'Side for US mediators' }) as HTMLSelectElement;
    expect(select.value).toBe('united-states');
    fireEvent.change(select, { target: { value: 'ukraine' } });
    expect(onMoveSource).toHaveBeenCalledWith('US mediators', 'ukraine');
  });

  it('has an empty state', () => {
    render(<SidesBalance sides={SIDES} claims={[] as Claim[]} sourceSides={[]} />);
    expect(screen.getByText('No claims to weigh up.')).toBeTruthy();
  });

  it('has no accessibility violations', async () => {
    const { container } = render(
      <SidesBalance
        sides={SIDES}
        claims={CLAIMS}
        sourceSides={SOURCE_SIDES}
        onSelectSource={() => {}}
        onMoveSource={() => {}}
      />,
    );
    await expectAccessible(container);
  });
});
