import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe on a rendered component and expects no violations. Colour contrast needs layout,
 * which the test DOM does not have, so it is left to the real-browser tests.
 */
export async function expectAccessible(container: Element): Promise<void> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' | ')})`)).toEqual([]);
}
