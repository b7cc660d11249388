import { countryByCode, countryName, demonymOfTwo, LEX, lookup, norm } from '../nlp/gazetteer';
import { splitSentences } from '../nlp/sentences';
import type { Claim, Entity, Side, SideEvidence, SourceSide, Span } from '../types';
import { type Affiliation, affiliationOf, countryWord } from './affiliation';
import { COUNTRY_LABELS, GROUP_SIDES, type GroupSideId, sideColor, UNKNOWN_SIDE } from './palette';
import { indexContaining } from '../spans';

export { SIDE_PALETTE, UNKNOWN_SIDE } from './palette';

/** The reader's choices: canonical source name → side id. */
export type SideChoices = Record<string, string>;

/**
 * Which side each claim's source is on, and the words that say so. In order of trust:
 * the reader's choice; the source's own name ("Russian Defense Ministry", "Moscow", "Kyiv Post");
 * the entity it resolves to; the role the article gives it ("Russia’s Ambassador to the UN");
 * the article around its mentions ("Ukrainian forces …, President Volodymyr Zelensky");
 * otherwise Unknown. The side list is built from the article: the countries and groups of its
 * sources, then the countries its other people and organisations belong to, then Unknown.
 */
export function assignSides(
  text: string,
  claims: Claim[],
  entities: Entity[],
  choices: SideChoices,
): { sides: Side[]; sourceSides: SourceSide[]; claims: Claim[] } {
  const ctx = new Context(text, entities);
  const sourceSides: SourceSide[] = [];
  const bySource = new Map<string, SourceSide>();
  const order = [...claims].sort((a, b) => a.content.start - b.content.start);
  const computed = new Map<string, string>();
  for (const c of order) {
    const name = c.source.name;
    if (bySource.has(name)) continue;
    const found = ctx.sideOf(c);
    computed.set(name, found.side);
    const chosen = choices[name];
    const s: SourceSide = chosen
      ? { source: name, side: chosen, evidence: { reason: 'user', text: 'your choice' } }
      : { source: name, side: found.side, evidence: found.evidence };
    bySource.set(name, s);
    sourceSides.push(s);
  }

  // Side list: sources' sides in text order, other countries of the article, chosen sides, Unknown.
  const ids: string[] = [];
  const addId = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const s of sourceSides) if (s.side !== UNKNOWN_SIDE.id && !isGroup(s.side)) addId(s.side);
  for (const id of ctx.articleCountries()) addId(id);
  const groups = sourceSides.map((s) => s.side).filter(isGroup);
  for (const g of ['experts', 'international', 'media'] as const) if (groups.includes(g)) addId(g);
  // Sides the computation found but the reader moved away from stay offered, so it can be undone.
  for (const id of computed.values()) if (id !== UNKNOWN_SIDE.id) addId(id);
  const sides: Side[] = ids.map((id, i) => sideFor(id, i));
  if (sourceSides.some((s) => s.side === UNKNOWN_SIDE.id) || Object.values(choices).includes(UNKNOWN_SIDE.id)) {
    sides.push({ ...UNKNOWN_SIDE });
  }
  return {
    sides,
    sourceSides,
    claims: claims.map((c) => ({ ...c, side: bySource.get(c.source.name)?.side ?? UNKNOWN_SIDE.id })),
  };
}

function isGroup(id: string): id is GroupSideId {
  return id in GROUP_SIDES;
}

/** Side ids are slugs: "russia", "united-states", "experts". */
export function sideId(label: string): string {
  return (
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || UNKNOWN_SIDE.id
  );
}

const countryIdToCode = new Map<string, string>();
/** Every country's side id, made once (sideId normalises Unicode: not per claim). */
const countryCodeToId = new Map<string, string>();
for (const [code, c] of countryByCode) {
  const id = sideId(COUNTRY_LABELS[code] ?? c.name);
  countryIdToCode.set(id, code);
  countryCodeToId.set(code, id);
}

function countryLabel(code: string): string {
  return COUNTRY_LABELS[code] ?? countryName(code);
}

function countrySideId(code: string): string {
  return countryCodeToId.get(code) ?? sideId(countryLabel(code));
}

/** The side for an id, coloured by its place in the article's list. */
function sideFor(id: string, index: number): Side {
  if (id === UNKNOWN_SIDE.id) return { ...UNKNOWN_SIDE };
  if (isGroup(id)) return { ...GROUP_SIDES[id], color: sideColor(index) };
  const code = countryIdToCode.get(id);
  if (code) return { id, label: countryLabel(code), color: sideColor(index), badge: code };
  const label = id
    .split('-')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
  const letters = label.replace(/[^\p{L}]/gu, '');
  return { id, label: label || id, color: sideColor(index), badge: (letters.slice(0, 2) || '?').toUpperCase() };
}

interface Found {
  side: string;
  evidence: SideEvidence;
}

const NEAR = 300;
const LOCATIVE = new Set([
  'in',
  'into',
  'on',
  'against',
  'across',
  'from',
  'to',
  'over',
  'toward',
  'towards',
  'inside',
  'near',
  'with',
  'between',
  'at',
  'onto',
  'within',
  'through',
  'throughout',
  'about',
  'by',
]);
const PREDICATE =
  /^(?:['’]s)?(?:\s*,\s*|\s+(?:is|was|will be|will become|became|has been|had been|remains)\s+)(?:the\s+|a\s+|an\s+)?(?:(?:first|former|current|new|then|sitting|outgoing|incoming)\s+)?(\p{Lu}[\p{L}.’']*)\s+(\p{L}+)/u;
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
/** A quotation within a sentence, with its marks. */
const QUOTED = /[“"][^“”"]*[”"]/g;
const QUOTE_MARK = /[“"]/;
/** "(D-N.Y.)", "(R-Ohio)", "(I-Vt.)" after an American politician's name. */
const PARTY_LABEL = /^\s*\(([DRI]-(?:[A-Z][A-Za-z.]{1,12}))\)/;
const US_PARTIES = new Set(['democrat', 'republican']);

/** "a Virginia Democrat": a US state's name before an American party's. */
function usPartyState(place: string, party: string): { country: string } | undefined {
  return US_PARTIES.has(party.toLowerCase()) && lookup(place)?.country === 'US' ? { country: 'US' } : undefined;
}

/** A country word near a source's mention, as fromArticle weighs it. */
interface ArticleEvidence {
  score: number;
  dist: number;
  span: Span;
  country: string;
  /** Found by PREDICATE after the mention: replaces any evidence of a lower score. */
  predicate: boolean;
}

class Context {
  private sentences: readonly Span[] | undefined;
  private readonly evidence = new Map<string, ArticleEvidence[]>();
  private readonly quotes = new Map<number, ReadonlyArray<readonly [number, number]>>();
  private readonly byEntity = new Map<string, ArticleEvidence[]>();
  private readonly affiliations = new Map<string, Affiliation | undefined>();
  private readonly byId = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity>();

  constructor(
    private readonly text: string,
    private readonly entities: Entity[],
  ) {
    for (const e of entities) {
      this.byId.set(e.id, e);
      for (const n of [e.name, ...e.variants]) if (!this.byName.has(norm(n))) this.byName.set(norm(n), e);
    }
  }

  /** affiliationOf, once per phrase in this article (sources share names and roles with entities). */
  private affiliation(phrase: string, reason?: string): Affiliation | undefined {
    const key = reason ? `${reason}\u0000${phrase}` : phrase;
    if (this.affiliations.has(key)) return this.affiliations.get(key);
    const a = affiliationOf(phrase, reason);
    this.affiliations.set(key, a);
    return a;
  }

  sideOf(claim: Claim): Found {
    const src = claim.source;
    const entity = (src.entityId && this.byId.get(src.entityId)) || this.byName.get(norm(src.name));
    // Where the source is named: this claim's mention (and what it was resolved from), then
    // every mention of its entity.
    const own: Span[] = [];
    if (src.mention) own.push(src.mention);
    if (src.resolvedFrom) own.push(src.resolvedFrom);
    const anchors = entity ? [own, entity.mentions] : [own];
    const isPerson = entity?.kind === 'person';

    // A joint source of two sides ("Kiev and Moscow") is on neither: no guess presented as fact.
    const parts = entity ? [] : src.name.split(/\s+(?:and|&)\s+/);
    if (parts.length >= 2) {
      const sidesOfParts = new Set(
        parts.map((p) => {
          const a = this.affiliation(p);
          return a?.country ?? a?.group ?? '?';
        }),
      );
      if (sidesOfParts.size >= 2)
        return { side: UNKNOWN_SIDE.id, evidence: { reason: 'none', text: `${src.name}: more than one side` } };
    }
    // The source's own name, unless it is a person's ("Jordan" in a name is not the country).
    if (!isPerson) {
      const a = this.affiliation(src.name) ?? (entity ? this.affiliation(entity.name) : undefined);
      if (a) return this.found(a, anchors, src.mention);
    }
    const role = src.role ?? entity?.role;
    if (role) {
      const a = this.affiliation(role, 'role');
      if (a) return this.found(a, anchors, src.mention);
    }
    const fromArticle = this.fromArticle(own, entity);
    if (fromArticle) return fromArticle;
    return { side: UNKNOWN_SIDE.id, evidence: { reason: 'none', text: '' } };
  }

  /** Countries of the article's people and organisations (by their names and roles). */
  articleCountries(): string[] {
    const out: string[] = [];
    for (const e of this.entities) {
      if (e.kind === 'place') continue;
      const a =
        (e.kind === 'organization' ? this.affiliation(e.name) : undefined) ??
        (e.role ? this.affiliation(e.role) : undefined);
      if (a?.country) {
        const id = countrySideId(a.country);
        if (!out.includes(id)) out.push(id);
      }
    }
    return out;
  }

  private found(a: Affiliation, anchors: Span[][], mention: Span | null): Found {
    const side = a.country ? countrySideId(a.country) : (a.group ?? UNKNOWN_SIDE.id);
    const span = this.locate(a.text, mention, anchors);
    return { side, evidence: span ? { reason: a.reason, text: span.text, span } : { reason: a.reason, text: a.text } };
  }

  /** Where the evidence words are: in the source's mention, else nearest to its other mentions. */
  private locate(words: string, mention: Span | null, anchors: Span[][]): Span | undefined {
    const fold = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'");
    const needle = fold(words.trim());
    if (!needle) return undefined;
    const find = (from: number, to: number): Span | undefined => {
      const hay = fold(this.text.slice(from, to));
      let best: Span | undefined;
      for (let k = hay.indexOf(needle); k >= 0; k = hay.indexOf(needle, k + 1)) {
        const before = hay[k - 1];
        const after = hay[k + needle.length];
        if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
        const start = from + k;
        const end = start + needle.length;
        // Lower-casing may change lengths outside ASCII: check before trusting the offsets.
        if (fold(this.text.slice(start, end)) !== needle) continue;
        best = { start, end, text: this.text.slice(start, end) };
        break;
      }
      return best;
    };
    if (mention) {
      const s = find(mention.start, mention.end);
      if (s) return s;
    }
    for (const list of anchors) {
      for (const a of list) {
        const s = find(Math.max(0, a.start - NEAR), Math.min(this.text.length, a.end + NEAR));
        if (s) return s;
      }
    }
    return undefined;
  }

  /**
   * The article around the source's mentions: a country word tied to agents ("Ukrainian forces",
   * "Ukrainian President") in the sentence before or beside the mention. Words after "in", "into",
   * "against" … name places, not sides, and are not taken.
   */
  private fromArticle(own: Span[], entity: Entity | undefined): Found | undefined {
    let best: ArticleEvidence | undefined;
    // In the order found, as the uncached walk met them: the same best whatever the cache holds.
    const consider = (c: ArticleEvidence) => {
      if (
        c.predicate
          ? !best || best.score < 3
          : !best || c.score > best.score || (c.score === best.score && c.dist < best.dist)
      ) {
        best = c;
      }
    };
    for (const m of own) for (const c of this.evidenceNear(m)) consider(c);
    if (entity) for (const c of this.entityEvidence(entity)) consider(c);
    if (!best) return undefined;
    return {
      side: countrySideId(best.country),
      evidence: { reason: 'article', text: best.span.text, span: best.span },
    };
  }

  /**
   * The evidence around every mention of an entity, in the order of its mentions: read once per
   * entity, not once per claim (a main speaker has dozens of claims and a hundred mentions).
   */
  private entityEvidence(entity: Entity): ArticleEvidence[] {
    let out = this.byEntity.get(entity.id);
    if (!out) {
      out = entity.mentions.flatMap((m) => this.evidenceNear(m));
      this.byEntity.set(entity.id, out);
    }
    return out;
  }

  /**
   * The country words that could place a source mentioned at `m`, in the order found: a predicate
   * after it ("…, the Ukrainian president"), then agent words in its sentence. Cached by the
   * mention: one speaker's claims share their entity's mentions, each read once.
   */
  private evidenceNear(m: Span): ArticleEvidence[] {
    const key = `${m.start}:${m.end}`;
    let out = this.evidence.get(key);
    if (out) return out;
    out = [];
    this.evidence.set(key, out);
    // "Mr Obama will become the first US president", "Zelensky, the Ukrainian president,".
    const after = PREDICATE.exec(this.text.slice(m.end, m.end + 100));
    if (after) {
      const cw = countryWord(after[1]!.replace(/['’]s$/i, '')) ?? usPartyState(after[1]!, after[2]!);
      if (cw && (LEX.titleHeads.has(after[2]!.toLowerCase()) || US_PARTIES.has(after[2]!.toLowerCase()))) {
        const start =
          m.end +
          after.index +
          after[0].length -
          after[1]!.length -
          after[2]!.length -
          (after[0].length - after[0].trimEnd().length);
        const s0 = this.text.indexOf(after[1]!, m.end);
        const st = s0 >= 0 ? s0 : start;
        const en = this.text.indexOf(after[2]!, st) + after[2]!.length;
        const span = { start: st, end: en, text: this.text.slice(st, en) };
        out.push({ score: 3, dist: 0, span, country: cw.country, predicate: true });
      }
    }
    // "Rep. Jim Jordan (R-Ohio)": an American politician's party and state.
    const label = PARTY_LABEL.exec(this.text.slice(m.end, m.end + 24));
    if (label) {
      const st = m.end + label.index + label[0].indexOf('(');
      const en = st + label[1]!.length + 2;
      out.push({
        score: 3,
        dist: 0,
        span: { start: st, end: en, text: this.text.slice(st, en) },
        country: 'US',
        predicate: true,
      });
    }
    const sentence = this.sentenceAt(m.start);
    if (!sentence) return out;
    let end = m.end;
    if (this.text[m.end] === ',') {
      const next = this.text.slice(m.end + 1, sentence.end).search(/[,.;]/);
      end = next >= 0 ? m.end + 1 + next : sentence.end;
    }
    const start = sentence.start;
    const window = this.text.slice(start, end);
    const ws = [...window.matchAll(WORD)].map((x) => ({
      start: start + x.index,
      end: start + x.index + x[0].length,
      text: x[0].replace(/['’]s$/i, ''),
    }));
    // The words before the mention end at the first word at or after its start.
    let atMention = ws.findIndex((x) => x.start >= m.start);
    if (atMention < 0) atMention = ws.length;
    // What a quotation says is the speaker's claim, not who they are: "… a bit of a stretch for
    // the North Koreans," Jeffrey Lewis wrote.
    const quoted = this.quotedIn(sentence);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (w.start >= m.start && w.end <= m.end) continue;
      if (quoted.length && quoted.some(([a, b]) => w.start > a && w.end < b)) continue;
      if (!/^\p{Lu}/u.test(w.text)) continue;
      let country = countryWord(w.text)?.country;
      // "North Korean", "South Sudanese": a demonym of two words, read as one (to ws[j]).
      let j = i;
      const second = ws[i + 1];
      if (!country && second && w.end + 1 === second.start) {
        country = demonymOfTwo(w.text, second.text);
        if (country) j = i + 1;
      }
      if (!country) continue;
      const last = ws[j]!;
      const prev = ws[i - 1];
      if (prev && LOCATIVE.has(prev.text.toLowerCase())) continue;
      // The end of a longer name, not a country: "New Jersey", "American Samoa", "Kerry Washington",
      // "Breitbart London" (a capitalised word just before it: not "The" opening a sentence, nor
      // an adjective such as "Nobel-winning").
      if (
        prev &&
        prev.end + 1 === w.start &&
        /^\p{Lu}[^-]*$/u.test(prev.text) &&
        (prev.text === 'New' || !LEX.stopwords.has(prev.text.toLowerCase()))
      )
        continue;
      const next = ws[j + 1];
      if (next && last.end + 1 === next.start) {
        // The first of two: "Turkish Americans", "Mexican American journalists" are Americans.
        if (countryWord(next.text)) continue;
        // A newspaper's name says nothing of who is quoted near it: "The Washington Post", "Kyiv Post".
        if (lookup(`${last.text} ${next.text}`)?.group === 'media') continue;
      }
      let score = 1;
      let spanEnd = last.start + last.text.length;
      if (next && LEX.agentNouns.has(next.text.toLowerCase())) {
        score++;
        spanEnd = next.end;
      }
      const dist = w.start < m.start ? atMention - j - 1 : 99;
      if (dist <= 3) score++;
      if (score < 2) continue;
      const span = { start: w.start, end: spanEnd, text: this.text.slice(w.start, spanEnd) };
      out.push({ score, dist, span, country, predicate: false });
    }
    return out;
  }

  /** The quotations inside a sentence, as [start, end) offsets; computed once a sentence. */
  private quotedIn(sentence: Span): ReadonlyArray<readonly [number, number]> {
    let q = this.quotes.get(sentence.start);
    if (!q) {
      q = QUOTE_MARK.test(sentence.text)
        ? [...sentence.text.matchAll(QUOTED)].map(
            (x) => [sentence.start + x.index, sentence.start + x.index + x[0].length] as const,
          )
        : [];
      this.quotes.set(sentence.start, q);
    }
    return q;
  }

  private sentenceAt(offset: number): Span | undefined {
    this.sentences ??= splitSentences(this.text);
    return this.sentences[indexContaining(this.sentences, offset)];
  }
}
