import { describe, expect, it } from 'vitest';
import { withAlpha } from '../../lib/highlight/painter';

describe('withAlpha', () => {
  it('turns #rrggbb (either case) into rgba with the alpha', () => {
    expect(withAlpha('#1f77b4', 0.28)).toBe('rgba(31, 119, 180, 0.28)');
    expect(withAlpha('#FFA500', 0.12)).toBe('rgba(255, 165, 0, 0.12)');
    expect(withAlpha('#000000', 1)).toBe('rgba(0, 0, 0, 1)');
  });

  it('mixes any other colour syntax with transparent', () => {
    expect(withAlpha('rebeccapurple', 0.28)).toBe('color-mix(in srgb, rebeccapurple 28%, transparent)');
    expect(withAlpha('#abc', 0.5)).toBe('color-mix(in srgb, #abc 50%, transparent)');
    expect(withAlpha('#12345g', 0.5)).toBe('color-mix(in srgb, #12345g 50%, transparent)');
  });
});
