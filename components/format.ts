/** Small text and colour helpers shared by the components. Pure: strings in, strings out. */

/** Shortens text to at most `max` characters, at a word boundary when one is near, with "…". */
export function trimText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const endsWord = clean[max - 1] === ' ';
  const head = !endsWord && space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * A claim's content between quotation marks, trimmed to `max` characters. A direct quotation keeps
 * its own marks (the article's), so they are not doubled.
 */
export function quoted(text: string, max: number): string {
  const clean = text.replace(/^["“‘'«„]+|["”’'»]+$/g, '');
  return `“${trimText(clean, max)}”`;
}

/** Number of words: runs of letters or digits (apostrophes and hyphens inside a word keep it one). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** "1 claim", "3 claims". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "#abc" or "#aabbcc" as "#aabbcc" (what `<input type="color">` accepts); null for other colours. */
export function toHexColor(color: string): string | null {
  const hex = color.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(hex)) return hex;
  if (/^#[0-9a-f]{3}$/.test(hex)) return `#${[...hex.slice(1)].map((c) => c + c).join('')}`;
  return null;
}

/** Black or white, whichever reads better on `background` (WCAG relative luminance); black when unknown. */
export function readableTextOn(background: string): '#000' | '#fff' {
  const hex = toHexColor(background);
  if (!hex) return '#000';
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white is 1.05 / (L + 0.05); with black (L + 0.05) / 0.05. Pick the larger.
  return 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.05 ? '#fff' : '#000';
}
