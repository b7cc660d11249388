import { describe, expect, it } from 'vitest';
import { countWords, plural, quoted, readableTextOn, toHexColor, trimText } from '../../components/format';

describe('format helpers', () => {
  it('trims text at a word boundary with an ellipsis, and leaves short text alone', () => {
    expect(trimText('short', 10)).toBe('short');
    expect(trimText('  spaced\n  out  ', 20)).toBe('spaced out');
    const long = 'the quick brown fox jumps over the lazy dog';
    const cut = trimText(long, 20);
    expect(cut).toBe('the quick brown fox…');
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(trimText('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('counts words, keeping apostrophes and hyphens inside them', () => {
    expect(countWords('We are open to a meaningful and practical dialogue')).toBe(9);
    expect(countWords('Ukraine’s battalion-sized units – [the] war')).toBe(5);
    expect(countWords('  ')).toBe(0);
  });

  it('pluralises', () => {
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(plural(0, 'claim')).toBe('0 claims');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });

  it('normalises hex colours and picks readable text on them', () => {
    expect(toHexColor('#ABC')).toBe('#aabbcc');
    expect(toHexColor('#1565C0')).toBe('#1565c0');
    expect(toHexColor('rebeccapurple')).toBeNull();
    expect(readableTextOn('#1565c0')).toBe('#fff');
    expect(readableTextOn('#ffcc00')).toBe('#000');
    expect(readableTextOn('#9e9e9e')).toBe('#000');
    expect(readableTextOn('hsl(0 0% 0%)')).toBe('#000');
  });
});

describe('quoted', () => {
  it('puts content between marks, without doubling a quotation’s own marks', () => {
    expect(quoted('its forces had driven', 80)).toBe('“its forces had driven”');
    expect(quoted('“We are open to dialogue,”', 80)).toBe('“We are open to dialogue,”');
    expect(quoted('"Prices will fall"', 80)).toBe('“Prices will fall”');
  });
});
