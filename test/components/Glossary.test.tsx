// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Glossary, matchesFilter } from '../../components/Glossary';
import { expectAccessible } from './axe';
import { GLOSSARY } from './fixtures';

afterEach(cleanup);

const section = (name: string) => within(screen.getByRole('region', { name: new RegExp(`^${name}`) }));
const filterBox = () => screen.getByRole('searchbox', { name: 'Filter' });

describe('Glossary', () => {
  it('lists people, places and organisations with description and mention count', () => {
    render(<Glossary entries={GLOSSARY} onJump={() => {}} />);
    expect(screen.getByRole('heading', { name: 'People (3)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Places (3)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Organisations (2)' })).toBeTruthy();
    const people = section('People').getAllByRole('button');
    expect(people.map((b) => b.querySelector('.sl-glossary-name')?.textContent)).toEqual([
      'Volodymyr Zelensky',
      'Vasily Nebenzya',
      'Maria Zakharova',
    ]);
    const zelensky = section('People').getByRole('button', { name: /Volodymyr Zelensky/ });
    expect(zelensky.textContent).toContain('President of Ukraine');
    expect(zelensky.textContent).toContain('1 mention · 2 claims');
    expect(section('Places').getByRole('button', { name: /^Russia / }).textContent).toContain('2 mentions');
    expect(section('Organisations').getByRole('button', { name: /UN Security Council/ })).toBeTruthy();
  });

  it('filters by name or description, ignoring case', () => {
    render(<Glossary entries={GLOSSARY} onJump={() => {}} />);
    fireEvent.input(filterBox(), { target: { value: 'RUSSIA' } });
    const names = screen.getAllByRole('button').map((b) => b.querySelector('.sl-glossary-name')?.textContent);
    // Nebenzya and Zakharova by description ("Russia’s Ambassador…", "Russian Foreign Ministry…").
    expect(names).toEqual(['Vasily Nebenzya', 'Maria Zakharova', 'Kursk', 'Russia', 'Russian Defense Ministry']);
    fireEvent.input(filterBox(), { target: { value: 'council' } });
    expect(screen.getAllByRole('button').map((b) => b.querySelector('.sl-glossary-name')?.textContent)).toEqual([
      'UN Security Council',
    ]);
    expect(section('People').getByText('No matches.')).toBeTruthy();
  });

  it('says when nothing matches the filter', () => {
    render(<Glossary entries={GLOSSARY} onJump={() => {}} />);
    fireEvent.input(filterBox(), { target: { value: '  Atlantis ' } });
    expect(screen.getByRole('status').textContent).toBe('Nothing matches “Atlantis”.');
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('jumps through an entry’s mentions in turn, round again after the last, counting per entry', () => {
    const onJump = vi.fn();
    render(<Glossary entries={GLOSSARY} onJump={onJump} />);
    const ministry = screen.getByRole('button', { name: /Russian Defense Ministry/ });
    const russia = screen.getByRole('button', { name: /^Russia / });
    fireEvent.click(ministry);
    fireEvent.click(ministry);
    fireEvent.click(russia);
    fireEvent.click(ministry);
    expect(onJump.mock.calls.map(([entry, i]) => [entry.name, i])).toEqual([
      ['Russian Defense Ministry', 0],
      ['Russian Defense Ministry', 1],
      ['Russia', 0],
      ['Russian Defense Ministry', 0],
    ]);
    expect(ministry.textContent).toContain('at 1 of 2');
  });

  it('keeps the counters while the filter changes', () => {
    const onJump = vi.fn();
    render(<Glossary entries={GLOSSARY} onJump={onJump} />);
    fireEvent.click(screen.getByRole('button', { name: /^Russia / }));
    fireEvent.input(filterBox(), { target: { value: 'country' } });
    fireEvent.click(screen.getByRole('button', { name: /^Russia / }));
    expect(onJump.mock.calls.map(([, i]) => i)).toEqual([0, 1]);
  });

  it('rows are buttons, reached with the keyboard', () => {
    render(<Glossary entries={GLOSSARY} onJump={() => {}} />);
    for (const row of screen.getAllByRole('button')) {
      expect(row.tagName).toBe('BUTTON');
      expect(row.tabIndex).toBe(0);
    }
  });

  it('has an empty state', () => {
    render(<Glossary entries={[]} onJump={() => {}} />);
    expect(screen.getByText('No people, places or organisations found in this article.')).toBeTruthy();
    expect(screen.getByText('No people named.')).toBeTruthy();
  });

  it('matchesFilter looks at name and description', () => {
    const [zelensky] = GLOSSARY;
    expect(matchesFilter(zelensky!, 'ukraine')).toBe(true);
    expect(matchesFilter(zelensky!, 'zel')).toBe(true);
    expect(matchesFilter(zelensky!, 'kremlin')).toBe(false);
    expect(matchesFilter(zelensky!, '   ')).toBe(true);
  });

  it('has no accessibility violations, filtered or not', async () => {
    const { container } = render(<Glossary entries={GLOSSARY} onJump={() => {}} />);
    await expectAccessible(container);
    fireEvent.input(filterBox(), { target: { value: 'zzz' } });
    await expectAccessible(container);
  });
});
