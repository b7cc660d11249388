import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/browser';

describe('the shipped manifest (.output/chrome-mv3)', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'));

  it('asks only for activeTab, scripting and storage', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('runs no content script on any page until the reader asks', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('declares the keyboard commands and a popup', () => {
    expect(Object.keys(manifest.commands)).toEqual(expect.arrayContaining(['next-claim', 'previous-claim']));
    expect(manifest.action.default_popup).toBe('popup.html');
  });
});
