/**
 * A rough check that a text is English: the share of its words that are among the most common
 * English function words. English prose runs at 35–50 %; other languages written in Latin script
 * rarely reach 10 %, and non-Latin scripts have no such words at all.
 */
const COMMON = new Set(
  ('the of and to a in is that for it was on with as his he by at from be this have are not an ' +
    'but had they which or has were their been its who said would will we there one all more ' +
    'she her after than also about into when other could would if over them new two our')
    .split(' '),
);

export function looksEnglish(text: string, sample = 20_000): boolean {
  const words = text.slice(0, sample).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return true; // too little to tell: let the analysis decide
  let hits = 0;
  for (const w of words) if (COMMON.has(w)) hits++;
  return hits / words.length >= 0.15;
}
