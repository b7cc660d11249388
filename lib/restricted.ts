/**
 * Pages no extension may script: the browser's own pages, other extensions and the extension
 * stores. The popup says so instead of failing on the injection.
 */
const RESTRICTED_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|javascript):/i;
const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/addons\.opera\.com\//i,
];

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  if (RESTRICTED_SCHEMES.test(url)) return true;
  return STORES.some((re) => re.test(url));
}
