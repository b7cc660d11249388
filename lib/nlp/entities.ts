import type { Entity, EntityKind, Span } from '../types';
import {
  countryName,
  demonymCountry,
  demonymOfTwo,
  type GazetteerEntry,
  type Gender,
  LEX,
  lookup,
  MAX_GAZETTEER_WORDS,
  nameGender,
  norm,
  startsGazetteerName,
} from './gazetteer';
import { roleAfter, roleBefore, withinAfter } from './roles';
import { isRomanisedSyllable, tokenize, type Word } from './words';

/**
 * People, places and organisations, with every mention, by rules over capitalised word runs and
 * the shipped gazetteers. Linear in the text length: one tokenising pass, one pass over runs of
 * capitalised words (each looked up at most MAX_GAZETTEER_WORDS times), then grouping.
 *
 * 1. Runs: capitalised words joined by single spaces, with "of"/"for" inside organisation and
 *    place names ("Secretary of State", "Gulf of Mexico") and particles inside person names.
 *    A possessive or a cut hyphen ends a run ("Russia’s", "Kremlin-linked").
 * 2. Each run is cleaned (sentence-initial function words, weekdays and months go) and split:
 *    a whole gazetteer name or a run ending in an organisation/place head word is one entity;
 *    otherwise leading gazetteer names and titles are split off and the rest is a name.
 * 3. Names not in the gazetteer get a kind from the words around every mention (titles and
 *    reporting verbs for people, "in"/"village of"/"… region" for places); a lone surname joins
 *    the person whose full name ends with it.
 */

interface Mention extends Span {
  /** Index of the first word of the mention. */
  w: number;
  /** Index after the last word. */
  wEnd: number;
}

interface Candidate {
  kind?: EntityKind;
  gaz?: GazetteerEntry;
  mentions: Mention[];
  /** Evidence scores per kind, summed over mentions. */
  score: Record<EntityKind, number>;
  /** Set when the name itself says what it is (a head word: "… Ministry", "Black Sea"). */
  fixed?: EntityKind;
  /** Weak place evidence ("to X", "from X"), counted up to a cap: companies are sold "to" too. */
  weakPlace: number;
}

const OF_LINKS = new Set(['of', 'for']);
/** Adjectives that are stop-words before a name ("national security adviser") but open an organisation's. */
const ORG_ADJECTIVES = new Set(['national', 'federal', 'international', 'global']);
/** The gender an honorific before a surname gives ("Mrs. Clinton"). */
const HONORIFIC_GENDER: Record<string, Gender> = { mr: 'm', mrs: 'f', ms: 'f', miss: 'f' };
/** Roles and containing places are read from the first mentions only (where articles give them). */
const ROLE_SCAN = 30;
/** Longer runs of capitalised words are titles or headlines, not names. */
const MAX_RUN = 12;

function isHeadline(words: Word[], from: number, to: number): boolean {
  let letters = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    const c = w.lower.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    letters++;
    if (w.allCaps) caps++;
  }
  return letters >= 3 && caps / letters >= 0.7;
}

/**
 * A headline in title case: a short line of one sentence (no stop inside it), most of whose
 * longer words are capitalised.
 */
function isTitleCase(text: string, words: Word[], from: number, to: number): boolean {
  if (to - from > MAX_TITLE_WORDS) return false;
  if (/[.!?]["”’)]*\s+\S/.test(text.slice(words[from]!.start, words[to - 1]!.end))) return false;
  let long = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (w.lower.length <= 3) continue;
    long++;
    if (w.cap) caps++;
  }
  return long >= 3 && caps >= 0.7 * long;
}

const MAX_TITLE_WORDS = 30;

function isName(w: Word): boolean {
  return w.cap || w.ordinal;
}

function linkAllowed(run: Word[]): boolean {
  const last = run[run.length - 1]!.lower;
  return (
    LEX.orgHeads.has(last) ||
    LEX.placeHeads.has(last) ||
    LEX.titleHeads.has(last) ||
    last === 'states' ||
    last === 'house' ||
    last === 'republic'
  );
}

function slugify(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

// A word's `lower` never ends with a full stop (words.ts keeps it out), so honorifics match it as it is.
const isTitle = (w: Word) => LEX.titles.has(w.lower) || LEX.honorifics.has(w.lower);
const isTitleHead = (w: Word) => LEX.titleHeads.has(w.lower) || LEX.honorifics.has(w.lower);
const isDate = (w: Word) => LEX.weekdays.has(w.lower) || LEX.months.has(w.lower);
/** Function words, weekdays, months and words that are never names: one set. */
const SKIPPABLE = new Set([...LEX.stopwords, ...LEX.weekdays, ...LEX.months, ...LEX.nonNames]);
const isSkippable = (w: Word) => SKIPPABLE.has(w.lower);
const isKnownName = (lower: string) => LEX.surnames.has(lower) || LEX.givenNames.has(lower);

export function findEntities(text: string): Entity[] {
  if (!text) return [];
  const words = tokenize(text);
  const n = words.length;

  // Lines written in capitals are headlines: only gazetteer names are taken from them. A first
  // line in title case, with the article after it ("Donald Trump Praises Breitbart’s Editor"),
  // capitalises every word: there a name is made only of words the prose capitalises too, or of a
  // gazetteer name. (Later title-case lines are more often bylines and signatures, names themselves.)
  const headlineLine = new Set<number>();
  let titleFirstLine = false;
  for (let i = 0; i < n;) {
    let j = i;
    while (j < n && words[j]!.line === words[i]!.line) j++;
    if (isHeadline(words, i, j)) headlineLine.add(words[i]!.line);
    else if (words[i]!.line === 0 && j < n && isTitleCase(text, words, i, j)) titleFirstLine = true;
    i = j;
  }

  // Words seen capitalised where capitals mean a name (not sentence-initial, not in a headline),
  // and of those, the ones seen so outside a title-case first line.
  const capElsewhere = new Set<string>();
  const capInProse = titleFirstLine ? new Set<string>() : capElsewhere;
  for (let k = 0; k < n; k++) {
    const w = words[k]!;
    if (!w.cap || w.sentStart || headlineLine.has(w.line)) continue;
    capElsewhere.add(w.lower);
    if (titleFirstLine && w.line !== 0) capInProse.add(w.lower);
  }

  const candidates = new Map<string, Candidate>();
  const candidate = (key: string): Candidate => {
    let c = candidates.get(key);
    if (!c) {
      c = { mentions: [], score: { person: 0, place: 0, organization: 0 }, weakPlace: 0 };
      candidates.set(key, c);
    }
    return c;
  };
  const mention = (a: number, b: number): Mention => {
    const start = words[a]!.start;
    const end = words[b - 1]!.end;
    return { start, end, text: text.slice(start, end), w: a, wEnd: b };
  };
  const emitGaz = (g: GazetteerEntry, a: number, b: number) => {
    const c = candidate(`gaz:${g.name}`);
    c.gaz = g;
    c.kind = g.kind;
    c.mentions.push(mention(a, b));
  };
  /** Longest gazetteer name starting at word a and ending by b. */
  const gazAt = (a: number, b: number): [GazetteerEntry, number] | undefined => {
    if (!startsGazetteerName(words[a]!.lower)) return undefined;
    let surface = '';
    let best: [GazetteerEntry, number] | undefined;
    for (let k = a; k < b && k - a < MAX_GAZETTEER_WORDS; k++) {
      surface = k === a ? words[k]!.text : `${surface}${words[k]!.gapBefore}${words[k]!.text}`;
      const g = lookup(surface);
      if (g) best = [g, k + 1];
    }
    return best;
  };

  let i = 0;
  while (i < n) {
    const w = words[i]!;
    const inHeadline = headlineLine.has(w.line);
    if (!isName(w) || (w.ordinal && !(words[i + 1]?.cap ?? false))) {
      i++;
      continue;
    }
    // Build the run [i, j).
    let j = i + 1;
    while (j < n && j - i < MAX_RUN) {
      const prev = words[j - 1]!;
      if (prev.poss || prev.cut || !/^[ \u00a0]$/.test(words[j]!.gapBefore)) break;
      const next = words[j]!;
      if (next.cap) {
        j++;
        continue;
      }
      // "of"/"for" (+ "the") inside a name, or a particle in a person's name.
      const run = words.slice(i, j);
      let k = j;
      const linked = run.some((w) => !w.cap);
      if (
        (next.lower === 'and' || next.text === '&') &&
        (orgAhead(j + 1) || (linked && words[j + 1]?.cap && !isDate(words[j + 1]!)))
      ) {
        k = j + 1;
      } else if (
        (OF_LINKS.has(next.lower) && linkAllowed(run)) ||
        (next.lower === 'on' && LEX.orgHeads.has(run[run.length - 1]!.lower))
      ) {
        k = j + 1;
        if ((words[k]?.lower === 'the' || words[k]?.lower === 'a') && /^[ \u00a0]$/.test(words[k]!.gapBefore)) k++;
      } else if (LEX.nameParticles.has(next.lower) && run.length <= 2) {
        k = j + 1;
      }
      if (
        k > j &&
        k < n &&
        words[k]!.cap &&
        !isDate(words[k]!) &&
        /^[ \u00a0]$/.test(words[k]!.gapBefore) &&
        !next.poss
      ) {
        j = k + 1;
        continue;
      }
      break;
    }
    if (inHeadline) {
      for (let a = i; a < j;) {
        const g = gazAt(a, j);
        if (g) {
          emitGaz(g[0], a, g[1]);
          a = g[1];
        } else a++;
      }
    } else if (titleFirstLine && w.line === 0) {
      titleCaseRun(i, j);
    } else {
      processRun(i, j);
    }
    i = j;
  }

  /**
   * A run in a title-case line, cut into the parts the prose supports: words it capitalises too
   * ("Donald Trump", not "Praises"), gazetteer names, a given name with the word after it, and the
   * lower-case links between them.
   */
  function titleCaseRun(a: number, b: number): void {
    const known = new Uint8Array(b - a);
    for (let k = a; k < b; k++) {
      const g = gazAt(k, b);
      if (g) for (let m = k; m < g[1]; m++) known[m - a] = 1;
      if (words[k]!.cap && capInProse.has(words[k]!.lower)) known[k - a] = 1;
      // A given name and the word after it: a person, wherever named ("Posted by Andrew Hayden").
      if (k + 1 < b && LEX.givenNames.has(words[k]!.lower) && words[k + 1]!.cap) known[k - a] = known[k + 1 - a] = 1;
    }
    let k = a;
    while (k < b) {
      while (k < b && !(known[k - a] && words[k]!.cap)) k++;
      let end = k;
      // Lower-case links ("of", "and") stay inside a part, never at its ends.
      while (end < b && (known[end - a] || !words[end]!.cap)) end++;
      while (end > k && !words[end - 1]!.cap) end--;
      if (end > k) processRun(k, end);
      k = Math.max(end, k + 1);
    }
  }

  /** "World Travel and Tourism Council": after "and", capitalised words up to an organisation head. */
  function orgAhead(k: number): boolean {
    for (let m = k; m < n && m < k + 4; m++) {
      const w = words[m]!;
      if (!w.cap || !/^[ \u00a0]$/.test(w.gapBefore)) return false;
      if (LEX.orgHeads.has(w.lower)) return true;
    }
    return false;
  }

  function processRun(a: number, b: number): void {
    // Leading function words, weekdays, months ("However", "On Tuesday", "The").
    while (a < b) {
      const w = words[a]!;
      if (w.lower === 'the' && !w.sentStart && b - a > 1 && endsWithOrgHead(a, b)) break;
      // "National Rifle Association", "Federal Reserve Board": an adjective that opens the name.
      if (ORG_ADJECTIVES.has(w.lower) && b - a > 1 && endsWithOrgHead(a, b)) break;
      if (isSkippable(w) && (w.lower === 'the' || !gazAt(a, b))) a++;
      else break;
    }
    // Trailing weekdays and months ("Zakharova Tuesday" is rare; "President Monday" is not), but
    // not a surname after a given name ("Theresa May").
    while (
      b - a > 1 &&
      (LEX.weekdays.has(words[b - 1]!.lower) || LEX.months.has(words[b - 1]!.lower)) &&
      !LEX.givenNames.has(words[b - 2]!.lower)
    )
      b--;
    if (a >= b) return;
    while (a < b && words[a]!.ordinal && !endsWithOrgHead(a, b)) a++;
    if (
      b - a >= 3 &&
      words[a]!.sentStart &&
      !capElsewhere.has(words[a]!.lower) &&
      !isTitle(words[a]!) &&
      !gazAt(a, b) &&
      LEX.givenNames.has(words[a + 1]!.lower)
    )
      a++;
    if (a >= b) return;
    const whole = gazAt(a, b);
    if (whole && whole[1] === b) {
      emitGaz(whole[0], a, b);
      return;
    }
    if (b - a >= 2 && !isTitleHead(words[a]!) && endsWithOrgHead(a, b)) {
      addNamed('organization', a, b, 2);
      return;
    }
    if (b - a >= 2 && headAt(LEX.placeHeads, a, b) && !words.slice(a, b).some(isTitleHead)) {
      addNamed('place', a, b, 2);
      return;
    }
    // Names of things, not of people or places ("Data Retention Bill", "Arab Spring").
    if (b - a >= 2 && LEX.thingHeads.has(words[b - 1]!.lower)) return;
    // A title inside the run ends before the name: "Federal Police Commissioner Andrew Colvin".
    let k = a;
    let titled = false;
    for (let t = b - 2; t > a; t--) {
      const w = words[t]!;
      if (!w.cap || !(LEX.titleHeads.has(w.lower) || LEX.honorifics.has(w.lower.replace(/\.$/, '')))) continue;
      if (endsWithOrgHead(a, t)) addNamed('organization', a, t, 2);
      else processRun(a, t);
      k = t + 1;
      if (OF_LINKS.has(words[k]!.lower)) {
        k++;
        while (b - k > 2) k++;
      }
      if (k < b && !words[k]!.cap) return;
      titled = true;
      break;
    }
    if (k >= b) return;
    // Split: leading gazetteer names and titles, then the name.
    while (k < b) {
      const g = gazAt(k, b);
      if (g && !givenNameCity(g, k, b)) {
        emitGaz(g[0], k, g[1]);
        k = g[1];
        continue;
      }
      const w = words[k]!;
      if (
        k < b - 1 &&
        (isTitle(w) ||
          demonymCountry(w.lower) ||
          LEX.groupWords.has(w.lower) ||
          OF_LINKS.has(w.lower) ||
          w.lower === 'the')
      ) {
        if (LEX.titleHeads.has(w.lower) || LEX.honorifics.has(w.lower.replace(/\.$/, ''))) titled = true;
        k++;
        continue;
      }
      break;
    }
    if (k >= b) return;
    const first = words[k]!;
    if (b - k === 1) {
      if (isTitle(first) || demonymCountry(first.lower) || LEX.groupWords.has(first.lower) || isSkippable(first))
        return;
      if (first.sentStart && !capElsewhere.has(first.lower)) return;
    }
    for (let m = k; m < b; m++) if (!words[m]!.cap && !LEX.nameParticles.has(words[m]!.lower)) return;
    const lastWord = words[b - 1]!;
    if (demonymCountry(lastWord.lower) || LEX.groupWords.has(lastWord.lower)) return;
    // "North Korean", "South Sudanese": a demonym of two words.
    if (b - k === 2 && demonymOfTwo(first.lower, lastWord.lower)) return;
    addNamed(undefined, k, b, 0, titled);
  }

  /**
   * A one-word place that is a given name, opening a name: "Douglas Holtz-Eakin", "Stanley Johnson"
   * (Douglas and Stanley are capitals), "Chad Bown"; not "Moscow Mayor Sergei Sobyanin".
   */
  function givenNameCity(g: [GazetteerEntry, number], k: number, b: number): boolean {
    return (
      (g[0].type === 'capital' || g[0].type === 'city' || g[0].type === 'country') &&
      g[1] === k + 1 &&
      k + 1 < b &&
      (LEX.givenNames.has(words[k]!.lower) || LEX.surnames.has(words[k + 1]!.lower)) &&
      !isTitle(words[k + 1]!)
    );
  }

  /** "Russian Defense Ministry", "Bank of England": an organisation's head word ends the run or takes "of". */
  function endsWithOrgHead(a: number, b: number): boolean {
    return headAt(LEX.orgHeads, a, b);
  }

  function headAt(heads: Set<string>, a: number, b: number): boolean {
    if (heads.has(words[b - 1]!.lower)) return true;
    for (let k = a; k < b - 1; k++) {
      const link = words[k + 1]!.lower;
      if (heads.has(words[k]!.lower) && (OF_LINKS.has(link) || link === 'on')) return true;
    }
    return false;
  }

  function addNamed(kind: EntityKind | undefined, a: number, b: number, weight: number, titled = false): void {
    const m = mention(a, b);
    const key = `name:${norm(m.text).replace(/^the /, '')}`;
    const c = candidate(key);
    c.mentions.push(m);
    if (kind) {
      c.score[kind] += weight;
      c.fixed ??= kind;
    }
    if (titled) c.score.person += 2;
    scoreContext(c, a, b);
  }

  function scoreContext(c: Candidate, a: number, b: number): void {
    const prev = words[a - 1];
    const prev2 = words[a - 2];
    const next = words[b];
    const near = (w: Word | undefined, at: Word) => w && !w.gapBefore.includes('\n') && /^[\s,]*$/.test(at.gapBefore);
    const allCaps = words.slice(a, b).every((w) => w.allCaps);
    const last = words[b - 1]!;
    if (last.cut && LEX.orgTails.has(last.tail)) c.score.organization += 1;
    if (last.cut && LEX.placeTails.has(last.tail)) c.score.place += 1.5;
    // "in Dell’s buyout": a preposition before a possessive governs the noun after it.
    if (prev && !last.poss && near(prev, words[a]!) && /^\s+$/.test(words[a]!.gapBefore)) {
      if (LEX.titleHeads.has(prev.lower) && !prev.cap) c.score.person += 2;
      if (
        prev.lower === 'in' ||
        prev.lower === 'near' ||
        prev.lower === 'outside' ||
        prev.lower === 'across' ||
        prev.lower === 'throughout' ||
        prev.lower === 'inside' ||
        prev.lower === 'into'
      )
        c.score.place += 1;
      else if (LEX.placeContextBefore.has(prev.lower)) c.weakPlace += 0.4;
      if (prev.lower === 'of' && prev2 && LEX.placeNounsOf.has(prev2.lower)) c.score.place += 3;
      if (!prev.cap && LEX.orgHeads.has(prev.lower)) c.score.organization += 1.5;
      if (prev.lower === 'said' || prev.lower === 'says' || prev.lower === 'told') c.score.person += 0.8;
      if (prev.poss && lookup(prev.text)?.type === 'country') c.score.place += 1;
    }
    if (last.poss && next && !next.cap && LEX.orgContextAfter.has(next.lower)) c.score.organization += 1;
    if (next && /^\s+$/.test(next.gapBefore) && !words[b - 1]!.poss) {
      if (LEX.personVerbs.has(next.lower) && !words[b - 1]!.poss) c.score.person += 1;
      if (!next.cap && LEX.placeContextAfter.has(next.lower)) c.score.place += 2;
      // "the Obama administration", "the Trump campaign": a person's name, not an organisation's
      // (a campaign's only with a known name: "the Brexit campaign", "the Gallipoli campaign").
      else if (!next.cap && (next.lower === 'administration' || (next.lower === 'campaign' && isKnownName(last.lower))))
        c.score.person += 1.5;
      else if (!next.cap && (LEX.orgHeads.has(next.lower) || LEX.orgContextAfter.has(next.lower)))
        c.score.organization += 1.5;
      // "an Ennahda minister", "Hamas officials": a name before a lower-case title is their body.
      else if (!next.cap && (LEX.titleHeads.has(next.lower) || next.lower === 'members' || next.lower === 'officials'))
        c.score.organization += 1;
    }
    if (next && /^,\s+$/.test(next.gapBefore)) {
      const g = lookup(next.text);
      if (g?.type === 'country') c.score.place += 1.5;
      if (next.lower === 'who') c.score.person += 1;
    }
    // "St. Louis", "St. Petersburg": a saint's name is a place's, more often than a person's, in the news.
    if (words[a]!.lower === 'st' && words[a]!.dotted && b - a >= 2) c.score.place += 2;
    if (allCaps && b - a === 1 && words[a]!.text.replace(/\./g, '').length <= 6) c.score.organization += 1.5;
    else if (b - a >= 2 && !allCaps) {
      // "Tom Forte": a known given name first; "Ellen M. Banner": a middle initial.
      if (LEX.givenNames.has(words[a]!.lower)) c.score.person += 1.5;
      else if (LEX.surnames.has(last.lower)) c.score.person += 0.6;
      if (b - a === 3 && /^\p{Lu}\.$/u.test(words[a + 1]!.text)) c.score.person += 1;
    }
  }

  // Byline: "(Kyle Anzalone, Libertarian Institute)" or "By Kyle Anzalone" opening one of the
  // first lines (a page's own byline element reads "by Kyle Anzalone" above the article's). Its
  // author is a person named inside it, not one named before it (a headline's "Donald Trump").
  const byline = bylineName(text);

  // Kinds for names outside the gazetteer; a lone surname joins its person.
  const people = new Map<string, Candidate>();
  const lone: [string, Candidate][] = [];
  // "Te Kaurinui Parata" is "Te Kaurinui Robert Parata": a shorter multi-word name whose words all
  // appear, in order, in exactly one longer name (with the same first word) joins it.
  const multi = [...candidates]
    .filter(([, c]) => !c.gaz && !c.fixed && c.mentions.some((m) => m.wEnd - m.w > 1))
    .map(([key, c]) => ({ key, c, parts: key.slice(5).split(' ') }))
    .sort((x, y) => y.parts.length - x.parts.length);
  // A longer name holds the shorter one's first word: only the names holding it are tried (not
  // every pair, which cost a wiki page's hundreds of names tens of thousands of tests).
  const byWord = new Map<string, typeof multi>();
  for (const l of multi) {
    for (const w of new Set(l.parts)) {
      const list = byWord.get(w);
      if (list) list.push(l);
      else byWord.set(w, [l]);
    }
  }
  for (const short of multi) {
    const owners = byWord
      .get(short.parts[0]!)!
      .filter(
        (l) => l.parts.length > short.parts.length && candidates.has(l.key) && isSubsequence(short.parts, l.parts),
      );
    if (owners.length !== 1 || short.parts[0] !== owners[0]!.parts[0]) continue;
    const owner = owners[0]!.c;
    owner.mentions.push(...short.c.mentions);
    for (const k of ['person', 'place', 'organization'] as const) owner.score[k] += short.c.score[k];
    owner.weakPlace += short.c.weakPlace;
    candidates.delete(short.key);
  }
  for (const [key, c] of candidates) {
    if (c.gaz) continue;
    const single = c.mentions.every((m) => m.wEnd - m.w === 1);
    if (single) {
      lone.push([key, c]);
      continue;
    }
    for (const m of c.mentions.slice(0, ROLE_SCAN)) {
      if (roleBefore(text, words, m.w) || roleAfter(text, m.end)) c.score.person += 2;
    }
    c.kind = decide(c);
    if (c.kind === 'person') people.set(key, c);
  }
  const bySurname = new Map<string, Candidate[]>();
  for (const [key, c] of people) {
    const parts = key.slice(5).split(' ');
    // The family name comes first before a romanised given name: "Kim" is Kim Jong-un.
    const syllables = parts.length === 2 ? parts[1]!.split('-') : [];
    const given = syllables.length === 2 && isRomanisedSyllable(syllables[1]!);
    const surname = given ? parts[0]! : parts[parts.length - 1]!;
    const list = bySurname.get(surname) ?? [];
    list.push(c);
    bySurname.set(surname, list);
  }
  // "Jordan said", where the article names Rep. Jim Jordan: a place's name that is a person's
  // surname here, saying something, is that person.
  for (const c of candidates.values()) {
    if (!c.gaz || c.gaz.kind !== 'place' || c.gaz.name.includes(' ')) continue;
    const owners = bySurname.get(norm(c.gaz.name));
    if (owners?.length !== 1) continue;
    const speaking = c.mentions.filter((m) => m.wEnd - m.w === 1 && LEX.personVerbs.has(words[m.wEnd]?.lower ?? ''));
    if (!speaking.length) continue;
    owners[0]!.mentions.push(...speaking);
    c.mentions = c.mentions.filter((m) => !speaking.includes(m));
  }
  // "May said", "Mrs. May": a surname that is also a month or a function word, where the article
  // names one person of that surname.
  for (let k = 0; k < n; k++) {
    const w = words[k]!;
    if (!w.cap || !isSkippable(w)) continue;
    const owners = bySurname.get(w.lower);
    if (owners?.length !== 1 || owners[0]!.mentions.some((m) => m.w <= k && k < m.wEnd)) continue;
    const honorific = k > 0 && HONORIFIC_GENDER[words[k - 1]!.lower.replace(/\.$/, '')] !== undefined;
    if (honorific || LEX.personVerbs.has(words[k + 1]?.lower ?? '')) owners[0]!.mentions.push(mention(k, k + 1));
  }
  for (const [key, c] of lone) {
    const owners = bySurname.get(key.slice(5));
    if (owners?.length && c.score.place < 2) {
      // Each lone surname goes to the person a "Mr."/"Mrs."/"Ms." before it says, else to the one
      // named first (the article's main subject keeps the bare surname: "Melania Trump" is
      // named in full, "Trump" is still Donald Trump), else to the first one named after it.
      for (const m of c.mentions) owner(owners, m).mentions.push(m);
      candidates.delete(key);
      continue;
    }
    for (const m of c.mentions.slice(0, ROLE_SCAN)) {
      if (roleBefore(text, words, m.w) || roleAfter(text, m.end)) c.score.person += 2;
    }
    c.kind = decide(c, 1);
    // A word written with a capital again and again, not a person's or a place's: a company,
    // a party, a brand ("Yahoo", "Verizon", "Ennahda").
    if (
      !c.kind &&
      c.mentions.filter((m) => !words[m.w]!.sentStart).length >= 3 &&
      c.score.person === 0 &&
      c.score.place === 0
    ) {
      c.kind = 'organization';
    }
  }

  /** The owner of a lone surname at m, among people sharing it (in order of their first mention). */
  function owner(owners: Candidate[], m: Mention): Candidate {
    if (owners.length === 1) return owners[0]!;
    const before = owners.filter((o) => o.mentions[0]!.start < m.start);
    const honorific = m.w > 0 ? HONORIFIC_GENDER[words[m.w - 1]!.lower] : undefined;
    if (honorific) {
      const same = (before.length ? before : owners).filter((o) => givenGender(o) === honorific);
      if (same.length === 1) return same[0]!;
    }
    return before[0] ?? owners[0]!;
  }

  /** The gender of a person candidate's given name, if the name lexicon gives one. */
  function givenGender(c: Candidate): Gender | undefined {
    const first = c.mentions.find((m) => m.wEnd - m.w > 1);
    return first ? nameGender(words[first.w]!.lower) : undefined;
  }

  // Build entities.
  const entities: Entity[] = [];
  const ids = new Set<string>();
  const acronyms = new Map<string, Candidate>();
  for (const c of candidates.values()) {
    if (c.kind === 'organization' && !c.gaz) {
      const longest = c.mentions.reduce((x, m) => (m.text.length > x.length ? m.text : x), '');
      const initials = longest
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w) && w.toLowerCase() !== 'the')
        .map((w) => w[0])
        .join('');
      if (initials.length >= 2) acronyms.set(initials, c);
    }
  }
  for (const [key, c] of candidates) {
    if (c.gaz || c.kind !== 'organization') continue;
    const m0 = c.mentions[0]!;
    if (c.mentions.every((m) => m.wEnd - m.w === 1 && words[m.w]!.allCaps)) {
      const owner = acronyms.get(m0.text.replace(/\./g, ''));
      if (owner && owner !== c) {
        owner.mentions.push(...c.mentions);
        candidates.delete(key);
      }
    }
  }
  for (const c of candidates.values()) {
    if (!c.kind || !c.mentions.length) continue;
    const mentions = c.mentions.sort((x, y) => x.start - y.start);
    const forms = [...new Set(mentions.map((m) => m.text))];
    const name = c.gaz ? gazetteerName(c.gaz, mentions) : canonical(forms);
    const slug = slugify(name);
    let id = `${c.kind}:${slug}`;
    for (let k = 2; ids.has(id); k++) id = `${c.kind}:${slug}-${k}`;
    ids.add(id);
    const entity: Entity = {
      id,
      kind: c.kind,
      name,
      // A headline's "RUSSIA" is a mention of Russia, not another way to write it.
      variants: forms.filter(
        (f) =>
          f !== name &&
          (!/^[^\p{Ll}]+$/u.test(f) || forms.every((x) => /^[^\p{Ll}]+$/u.test(x)) || f.replace(/\./g, '').length <= 4),
      ),
      mentions: mentions.map(({ start, end, text: t }) => ({ start, end, text: t })),
    };
    if (c.kind === 'person') {
      for (const m of mentions.slice(0, ROLE_SCAN)) {
        const r = roleBefore(text, words, m.w) ?? roleAfter(text, m.end);
        if (r) {
          entity.role = r;
          break;
        }
      }
      if (!entity.role && byline && mentions.some((m) => m.start >= byline.start && m.end <= byline.end))
        entity.role = 'author';
    } else if (c.kind === 'place') {
      entity.within = placeWithin(c, name);
    }
    entities.push(entity);
  }
  return entities.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start);

  function placeWithin(c: Candidate, name: string): string | undefined {
    if (c.gaz?.type === 'country') return undefined;
    for (const m of c.mentions.slice(0, ROLE_SCAN)) {
      const w = withinAfter(text, m.end, name);
      if (w) return w;
    }
    // "Russia’s Kursk region": the possessive before the place.
    for (const m of c.mentions) {
      const prev = words[m.w - 1];
      if (prev?.poss && /^\s+$/.test(words[m.w]!.gapBefore)) {
        const g = lookup(prev.text);
        if (g?.type === 'country') return g.name;
      }
    }
    if (c.gaz?.country) return countryName(c.gaz.country);
    return undefined;
  }
}

/** Where the name of a byline lies in the text's first lines ("(Name, Outlet)", "By Name"), if any. */
function bylineName(text: string): { start: number; end: number } | undefined {
  const m = BYLINE.exec(text.slice(0, 400));
  if (!m) return undefined;
  // "(Name, …)" holds the name after its bracket; "By Name" ends with it.
  const start = m[1] !== undefined ? m.index + m[0].indexOf('(') + 1 : m.index + m[0].length - m[2]!.length;
  return { start, end: start + (m[1] ?? m[2]!).length };
}
const BYLINE = /(?:^|\n)[ \t]*\(([^,()\n]{3,60}),[^()\n]{0,80}\)|(?:^|\n)[ \t]*[Bb]y\s+([^\n,]{3,60})/;

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

function decide(c: Candidate, minimum = 0.5): EntityKind | undefined {
  if (c.fixed) return c.fixed;
  const { person, organization } = c.score;
  const place = c.score.place + Math.min(c.weakPlace, 0.8);
  const best = Math.max(person, place, organization);
  if (best < minimum) return undefined;
  if (person === best) return 'person';
  if (organization === best) return 'organization';
  return 'place';
}

/**
 * A gazetteer entity is named as the gazetteer names it when the article uses that form or the
 * entity is a country ("US" → "United States"); otherwise as the article writes it most ("Kiev").
 */
function gazetteerName(g: GazetteerEntry, mentions: Span[]): string {
  if (g.type === 'country' || mentions.some((m) => m.text === g.name)) return g.name;
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const f = m.text.replace(/^the\s+/i, '');
    counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  let best = g.name;
  let bestCount = 0;
  for (const [f, k] of counts) {
    if (k > bestCount || (k === bestCount && f.length > best.length)) {
      best = f;
      bestCount = k;
    }
  }
  return /^[\p{Lu}.]+$/u.test(best) ? g.name : best;
}

/** The most complete form: the longest, without a leading "the" unless it is always written. */
function canonical(forms: string[]): string {
  return forms.reduce((best, f) => (f.length > best.length ? f : best), forms[0]!);
}
