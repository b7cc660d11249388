import { describe, expect, it } from 'vitest';
import { isRestrictedUrl } from '../../lib/restricted';

describe('isRestrictedUrl', () => {
  it.each([
    'chrome://extensions/',
    'chrome-extension://abc/popup.html',
    'about:blank',
    'edge://settings',
    'view-source:https://example.com/',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    undefined,
  ])('refuses %s', (url) => expect(isRestrictedUrl(url)).toBe(true));

  it.each(['https://www.bbc.co.uk/news/world-1', 'http://127.0.0.1:8080/article.html', 'file:///tmp/a.html'])(
    'allows %s',
    (url) => expect(isRestrictedUrl(url)).toBe(false),
  );
});
