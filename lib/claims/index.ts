import { splitSentences } from '../nlp/sentences';
import type { Claim, ClaimKind, Entity, Span } from '../types';
import { isCueHead } from './cues';
import { CUE_NOUNS, cueVerb, learnedVerb, ORG_NOUNS, PERSON_ROLES, type CueVerb } from './lexicon';
import { contentEnd } from './boundary';
import { resolveSources, type RawSource } from './resolve';
import { findQuotes, insideQuote, quoteAt, tokenize, type Quote, type Token } from './tokens';
import {
  ADVERBIAL,
  ADVERBS,
  AUX,
  BE,
  CLAUSE,
  DETERMINERS,
  HEARERS,
  INFINITIVE_CUES,
  ING_ADJECTIVES,
  PREPOSITIONS,
  PRONOUNS,
  QUOTE_MARKS,
  SENTENCE_END,
  SOURCE_NOUNS,
  SUBJECT_PRONOUNS,
  TIME,
  MEDIUM,
  EVIDENCE_NOUNS,
} from './words';

/**
 * The attribution engine: every claim the text attributes to a source, as spans of the text.
 *
 * Rules over tokens, sentences and quotations, each found in one linear pass; every rule looks at
 * a bounded window around a cue, so the whole engine is linear in the length of the text:
 *  - cues: reporting and belief verbs (data/lexicons/reporting-verbs.json, every inflection),
 *    "according to", and cue nouns before "that" ("Moscow's claim that …");
 *  - the source: the subject before the cue ("the ministry announced"), after it in inversions
 *    ("“…,” said Zelensky"), after "according to", or the sentence's subject for ", saying …";
 *  - the content: the clause after the cue (after "that", a hearer, an adverbial), an infinitive
 *    ("claimed to have hit …"), the quotation after the cue, or the text or quotation before it
 *    ("“…,” he said", "…, officials said"); quotations with no cue of their own continue the
 *    claim before them in the paragraph ("“A,” he said. “B.”") and across paragraphs;
 *  - sources are then resolved (lib/claims/resolve.ts): pronouns, definite descriptions and
 *    surnames to the named source they refer to.
 */
export function findClaims(text: string, entities: Entity[]): Claim[] {
  if (!text.trim()) return [];
  const sentences = splitSentences(text);
  const tokens = tokenize(
    text,
    sentences.map((s) => s.start),
  );
  const quotes = findQuotes(text);
  const engine = new Rules(text, tokens, quotes, sentences.length, entities);
  const raw = engine.run();
  return finish(text, raw, entities);
}

/** A claim before its source is resolved: character ranges of the text, end exclusive. */
export interface RawClaim {
  kind: ClaimKind;
  cue: [number, number];
  content: [number, number];
  /** Character range of the source mention, or null when the text names none. */
  source: [number, number] | null;
  confidence: number;
  /** This claim continues an earlier one (a quotation with no cue of its own). */
  continues?: RawClaim;
}

const MAX_SOURCE = 14;
const PARTICLES = new Set(['to', 'about', 'at', 'out', 'on', 'for', 'with', 'of', 'up', 'against', 'from', 'in']);
/** Verbs whose object is what the corpus counts as the content ("cited derogatory comments"). */
const OBJECT_CUES = new Set(['cite', 'describe', 'criticize', 'criticise', 'praise', 'support', 'oppose', 'question', 'blame', 'reject', 'dismiss', 'call', 'propose', 'recommend']);
const WH = new Set(['how', 'what', 'why', 'whether', 'if', 'when', 'where', 'who']);
const MAX_GAP = 12;
/** The most tokens a title-case headline runs on after its cue ("Obama Says Museum Will …"). */
const MAX_HEADLINE = 40;
/** Headline labels that are not speakers ("The Latest: …", "Morning Email: …"). */
const HEADLINE_WORDS = new Set(['latest', 'update', 'daily', 'email', 'notice', 'news', 'report', 'briefing', 'live', 'breaking', 'watch', 'exclusive', 'analysis', 'opinion', 'editorial']);
/** Prepositions after the head of a source phrase ("members of Congress", "advisers to Mr. Obama"). */
const HEAD_PREPOSITIONS = new Set(['of', 'to', 'for', 'at', 'in', 'from', 'with', 'by', 'on']);
/** Prepositions before a cue's -ing form whose subject is the sentence's ("began by saying …"). */
const GERUND_PREPOSITIONS = new Set(['by', 'for', 'after', 'while', 'before', 'without', 'from']);
/** Words that open a subordinate clause after a bare cue ("she said after reading …"). */
const SUBORDINATORS = new Set(['as', 'after', 'before', 'while', 'when', 'because', 'since', 'until']);
/** Auxiliaries that are also names: "Theresa May", "Will Smith", "All Might", "Can Dündar". */
const NAME_AUX = new Set(['may', 'will', 'might', 'can']);
/**
 * Words that are never a source on their own: the words that open a clause, but for the relative
 * pronouns ("who said", "which said" name someone), and connectives and adverbs.
 */
const NEVER_SOURCE = new Set([
  ...[...CLAUSE].filter((w) => !['that', 'which', 'who', 'whom', 'whose'].includes(w)),
  ...['and', 'perhaps', 'maybe', 'more', 'also', 'then', 'now', 'still', 'however', 'meanwhile', 'instead', 'here', 'there', 'these', 'those', 'feel', 'please', 'indeed', 'thus', 'hence', 'therefore'],
]);
/** Prepositions after which a cue's past participle is a modifier, not a verb ("with added costs"). */
const MODIFIED_AFTER = new Set(['with', 'of', 'without', 'for', 'in', 'on', 'at', 'from', 'by', 'under', 'about', 'among', 'amid', 'despite', 'into']);
/** Connectives that can open a sentence before its subject. */
const OPENERS = new Set(['but', 'and', 'however', 'meanwhile', 'still', 'yet', 'so', 'instead', 'now', 'also', ',']);
/** Shares that can be the subject of a cue in poll reports ("half said", "a third said"). */
const SHARES = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'percent', 'majority', 'minority', 'plurality', 'most', 'many', 'few']);
/** Words that open a plural phrase ("those close to him say", "many of whom say"). */
const PLURAL_OPENERS = new Set(['those', 'these', 'many', 'some', 'most', 'several', 'both', 'few', 'all']);
/** A subject pronoun with its verb: "they're", "he's", "I'm", "we'll". */
const CONTRACTED_SUBJECT = /^(he|she|they|it|we|i|you|there)'(s|re|m|ll|d|ve)$/;
/** Quantifiers that float after a plural subject ("the senators all said", "they both agreed"). */
const FLOATING = new Set(['all', 'both', 'each']);
/** Words that take "of" before the head of a phrase ("one of the lawyers", "some of his aides"). */
const QUANTIFIERS = new Set(['one', 'two', 'three', 'some', 'many', 'most', 'several', 'all', 'each', 'none', 'few', 'both', 'members', 'dozens']);
/** Capitalised cues of headlines and inverted openings ("…, Graham Says", "Said Ellis: …"). */
const SAYS = new Set(['says', 'said']);
const SAID = cueVerb('said')!;
/** Dashes after a dateline. */
const DATELINE_DASHES = new Set(['―', '—', '–', '--']);
/** Dashes that sign a quotation ("“…” ― Ana Ruiz"). */
const SIGNATURE_DASHES = new Set(['―', '—']);

class Rules {
  private readonly first: number[];
  private readonly last: number[];
  readonly claims: RawClaim[] = [];

  /** Start offsets of the entities' mentions, built when first asked for. */
  private nameStarts: Set<number> | undefined;

  constructor(
    private readonly text: string,
    private readonly t: Token[],
    private readonly quotes: Quote[],
    sentenceCount: number,
    private readonly entities: Entity[],
  ) {
    this.first = new Array<number>(sentenceCount).fill(-1);
    this.last = new Array<number>(sentenceCount).fill(-1);
    // A loop, not forEach: a call per token costs in the first, unoptimised analyses of a page.
    for (let i = 0; i < t.length; i++) {
      const sent = t[i]!.sent;
      if (this.first[sent] === -1) this.first[sent] = i;
      this.last[sent] = i + 1;
    }
  }

  run(): RawClaim[] {
    const t = this.t;
    for (let i = 0; i < t.length; i++) {
      const tok = t[i]!;
      if (i === 0 || t[i - 1]!.para !== tok.para) this.speakerLabel(i);
      if (SIGNATURE_DASHES.has(tok.lower)) this.signature(i);
      if (!tok.word) continue;
      // A cue inside a quotation is the speaker's own report: the quotation is the claim.
      if (insideQuote(this.quotes, tok.start)) continue;
      if (tok.lower === 'according' && t[i + 1]?.lower === 'to') {
        this.accordingTo(i);
        i++;
        continue;
      }
      if (CUE_NOUNS.has(tok.lower) && t[i + 1]?.lower === 'that' && /'s$|s'$/.test(t[i - 1]?.lower ?? '')) {
        this.noun(i);
        continue;
      }
      if (tok.cap) {
        if (SAYS.has(tok.lower)) this.capitalisedCue(i);
        else if (tok.lower === 'asked') this.askedClause(i);
        if (tok.para === 0 && !insideQuote(this.quotes, tok.start)) this.headlineCue(i);
        continue;
      }
      const verb = cueVerb(tok.lower);
      if (verb) this.verb(i, verb);
      else if (isCueHead(t, i)) this.verb(i, learnedVerb(tok.lower));
    }
    this.continuations();
    return this.claims;
  }

  // ------------------------------------------------------------------ cues

  /** "PENCE: Gennifer Flowers will not …": a transcript's speaker label opens the paragraph. */
  private speakerLabel(i: number): void {
    const t = this.t;
    // The headline (the first paragraph) names its speaker in title case too: "Pence: Flowers Won't Be …".
    const headline = t[i]!.para === 0;
    // A transcript paragraph may open with a quote mark: "PENCE: Well, look, …
    const from = QUOTE_MARKS.has(t[i]!.lower) ? i + 1 : i;
    let k = from;
    while (k < t.length && k < from + 4 && t[k]!.word && t[k]!.para === t[i]!.para && t[k]!.cap && t[k]!.lower.length > 1) {
      const l = t[k]!.lower;
      const name = headline && k < from + 3 && !DETERMINERS.has(l) && !/'s$/.test(l) && !HEADLINE_WORDS.has(l);
      if (!name && !/^[\p{Lu}.'’-]+$/u.test(this.text.slice(t[k]!.start, t[k]!.end))) return;
      k++;
    }
    if (k === from || t[k]?.lower !== ':' || !t[k + 1] || t[k + 1]!.para !== t[i]!.para) return;
    let e = k + 1;
    while (e < t.length && t[e]!.para === t[i]!.para) e++;
    this.push('direct', [k, k + 1], [t[k + 1]!.start, t[e - 1]!.end], [t[from]!.start, t[k - 1]!.end], 0.7);
  }

  /**
   * A capitalised "Says": inverted at the start of a sentence ("Said Ellis: “…”"), or ending a
   * title-case headline after its content ("Clinton Hid Her Illness, Former Doctor Says.").
   */
  private capitalisedCue(i: number): void {
    const t = this.t;
    const sent = t[i]!.sent;
    const sentEnd = this.last[sent]!;
    if (i === this.first[sent]) {
      const src = this.nounPhraseAfter(i + 1);
      const mark = src ? t[src[1]] : undefined;
      if (!src || !(mark?.lower === ':' || mark?.lower === ',')) return;
      const content = this.opensQuote(src[1] + 1) ? this.quoteContent(src[1] + 1) : this.until(src[1] + 1, sentEnd);
      if (content) this.push(this.kindOf(content, SAID), [i, i + 1], content, this.span(src), 0.8);
      return;
    }
    const next = t[i + 1];
    if (next && next.para === t[i]!.para && !SENTENCE_END.has(next.lower)) return;
    let k = i;
    while (k > 0 && k > i - 6 && t[k - 1]!.word && t[k - 1]!.cap && t[k - 1]!.para === t[i]!.para) k--;
    const comma = k - 1;
    const lineStart = this.first[t[i]!.sent]!;
    if (k === i || t[comma]?.lower !== ',' || comma - lineStart < 3 || t[lineStart]!.para !== t[i]!.para) return;
    this.push('indirect', [i, i + 1], [t[lineStart]!.start, t[comma - 1]!.end], [t[k]!.start, t[i - 1]!.end], 0.7);
  }

  /**
   * A title-case headline with its cue in the middle: "Obama Says Museum Will Tell of Suffering",
   * "Sanders Urges Supporters to Vote": the words before are the source, the rest of the line the
   * content.
   */
  private headlineCue(i: number): void {
    const t = this.t;
    const verb = cueVerb(t[i]!.lower);
    if (!verb || verb.form !== '3sg' || verb.weak) return;
    // A headline is short: the source within six tokens before the cue, the line over within
    // MAX_HEADLINE after it (scanning a long first paragraph for each cue in it was quadratic).
    let s = i;
    while (s > 0 && s > i - 7 && t[s - 1]!.para === 0) s--;
    if (s > 0 && t[s - 1]!.para === 0) return;
    let e = i + 1;
    while (e < t.length && t[e]!.para === 0 && t[e]!.lower !== ':') if (++e > i + MAX_HEADLINE) return;
    while (e > i + 1 && !t[e - 1]!.word) e--;
    const words = t.slice(s, e).filter((tok) => tok.word && tok.lower.length > 3);
    const titleCase = words.filter((tok) => tok.cap).length >= 0.7 * words.length;
    if (!titleCase || i - s < 1 || i - s > 6 || e - i < 3 || !t.slice(s, i).every((tok) => tok.cap || !tok.word)) return;
    if (this.claims.some((c) => c.cue[0] === t[i]!.start)) return;
    this.push('indirect', [i, i + 1], [t[i + 1]!.start, t[e - 1]!.end], [t[s]!.start, t[i - 1]!.end], 0.6);
  }

  /** "“Trump must stop …” ― Carla Sanchez": a quotation signed by a name after a dash. */
  private signature(i: number): void {
    const t = this.t;
    const prev = t[i - 1];
    const q = prev ? quoteAt(this.quotes, prev.start) : -1;
    if (q < 0 || !this.quotes[q]!.closed || this.quotes[q]!.end !== prev!.end) return;
    let k = i + 1;
    while (k < t.length && k < i + 5 && t[k]!.word && t[k]!.cap && t[k]!.para === t[i]!.para) k++;
    // The name ends the signature: then a full stop, another quotation or the paragraph's end.
    const next = t[k];
    if (k === i + 1 || (next && next.para === t[i]!.para && next.lower !== '.' && !this.opensQuote(k))) return;
    this.push('direct', [i, i + 1], [this.quotes[q]!.start, this.quotes[q]!.end], [t[i + 1]!.start, t[k - 1]!.end], 0.7);
  }

  private verb(i: number, verb: CueVerb): void {
    const t = this.t;
    const prev = this.prevWord(i);
    // A noun, not a verb: "the claims", "a report", "his plans".
    if (prev && DETERMINERS.has(prev.lower) && prev.lower !== 'that' && prev.lower !== 'all') return;
    if (prev && /'s$/.test(prev.lower) && verb.form !== 'past') return;
    // A participle modifying a noun after a preposition: "comes with added costs", "of alleged fraud".
    if (prev && MODIFIED_AFTER.has(prev.lower) && verb.form === 'past') return;
    // A noun before a verb: "an analysis of campaign reports shows".
    const next = t[i + 1];
    const nextVerb = next?.word && !next.cap ? cueVerb(next.lower) : undefined;
    if (verb.form !== 'past' && verb.form !== 'ing' && (nextVerb?.form === '3sg' || nextVerb?.form === 'past')) return;
    if (t[i - 1]?.lower === 'to' && verb.form === 'base' && !this.isCueBefore(i - 1)) {
      // "wants to say", "refused to comment": the outer verb is the cue.
      return;
    }
    if (verb.lemma === 'ask' && verb.form === 'past' && this.askedClause(i)) return;
    // Passive: "it was reported that" has no source; "he was told" is not a claim by him.
    const aux = this.skipBack(i - 1);
    let be = -1;
    for (let m = i - 1; m > aux; m--) if (BE.has(t[m]!.lower) || /^(is|was|are|were)n't$/.test(t[m]!.lower)) be = m;
    if (be >= 0 && verb.form === 'past') {
      // "The veto is expected to come before Friday": an expectation with no one named.
      if (verb.lemma === 'expect' && t[i + 1]?.lower === 'to' && be > this.first[t[i]!.sent]!) {
        const content = this.until(this.afterDateline(this.first[t[i]!.sent]!), this.last[t[i]!.sent]!);
        if (content) this.push('belief', [be, i + 1], content, null, 0.5);
        return;
      }
      if (t[be - 1]?.lower === 'it' && t[i + 1]?.lower === 'that') {
        const content = this.until(i + 2, this.last[t[i]!.sent]!);
        if (content) this.push('indirect', [be, i + 1], content, null, 0.5);
      }
      return;
    }
    // "Trump is promising lower taxes": with "be" the -ing form is the verb; alone, a participle.
    if (verb.form === 'ing' && be < 0) {
      this.participle(i, verb);
      return;
    }

    const cue: [number, number] = [i, i + 1];
    // Inversion: "“…,” said Zelensky", "…, said the ministry".
    const before = t[aux];
    // Not after an appositive subject: "Megan Hester, a senior associate, said parents …".
    const appositive = before?.lower === ',' && this.beforeAppositive(aux) !== null;
    // Not before "that": "The report, released Monday, found that …" has its subject before the cue.
    if (before && (before.lower === ',' || QUOTE_MARKS.has(before.lower)) && verb.cls === 'speech' && !appositive && t[i + 1]?.lower !== 'that') {
      const src = this.nounPhraseAfter(i + 1);
      if (src && (this.endsClause(src[1]) || this.prepositionalTail(src[1]))) {
        const content = this.leftContent(aux + 1);
        if (content) this.push(this.kindOf(content, verb), cue, content, this.span(src), 0.85);
        return;
      }
    }
    const src = this.subjectBefore(i) ?? this.coordinatedSubject(i, aux);
    if (!src || !this.plausibleSource(src, verb, aux < i - 1)) return;
    if (verb.weak && this.isEvidence(src)) verb = { ...verb, weak: false };
    const sent = t[i]!.sent;
    const afterCue = this.skipAdverbial(i + 1, this.last[sent]!);
    const beforeSource = t[src[0] - 1];
    if (beforeSource?.lower === ',' && t[afterCue]?.lower === ',' && verb.cls === 'speech' && !this.opensQuote(afterCue + 1)) {
      // "The museum, Mr. Obama said, would make visitors …": the sentence around the cue.
      const left = this.leftContent(src[0]);
      // "“…” to drive up the stock price, she said, referencing …": a participle after the cue
      // is the writer's; the content is what comes before.
      const next = t[afterCue + 1];
      if (left && next?.word && !next.cap && next.lower.endsWith('ing') && !ING_ADJECTIVES.has(next.lower)) {
        this.push(this.kindOf(left, verb), cue, left, this.span(src), 0.8);
        return;
      }
      const whole = this.until(this.first[sent]!, this.last[sent]!);
      if (left && whole && left[0] < whole[0]) return;
      if (whole) this.push('indirect', cue, whole, this.span(src), 0.8);
      return;
    }
    const right = this.rightContent(i + 1, i, verb);
    if (right && verb.cls === 'speech' && this.kindOf(right, verb) === 'direct') {
      // "“A,” he said, “B.”": the first part is the claim, the second continues it.
      const left = this.leftContent(src[0]);
      if (left && this.kindOf(left, verb) === 'direct') {
        const main = this.push('direct', cue, left, this.span(src), 0.85);
        const rest = this.push('direct', cue, right, this.span(src), 0.85);
        if (main && rest) rest.continues = main;
        return;
      }
    }
    if (right && verb.cls === 'speech' && t[this.tokenAt(right[0]) - 1]?.lower !== 'that') {
      // "“A,” she said several months after her release, …": a quotation just before the source
      // is the claim; what follows the cue is narration.
      const left = this.leftContent(src[0]);
      if (left && this.kindOf(left, verb) === 'direct' && this.quoteOpens(left, sent)) {
        this.push('direct', cue, left, this.span(src), 0.85);
        return;
      }
    }
    if (right) {
      this.push(this.kindOf(right, verb), cue, right, this.span(src), verb.cls === 'belief' || verb.weak ? 0.6 : 0.9);
      return;
    }
    if (verb.cls !== 'speech') return;
    // "“…,” he told Fox 35 in Orlando.": a quotation opening the sentence, and only a hearer or
    // adverbials after the cue.
    const quoted = this.leftContent(src[0]);
    if (quoted && this.kindOf(quoted, verb) === 'direct' && this.quoteOpens(quoted, sent) && this.noClauseAfter(i + 1, this.last[sent]!)) {
      this.push('direct', cue, quoted, this.span(src), 0.85);
      return;
    }
    // "“…,” he said." / "…, officials said." — the content is before the source.
    if (this.restIsEmpty(i + 1, verb)) {
      const content = this.leftContent(src[0]);
      if (content && (!verb.weak || this.kindOf(content, verb) === 'direct')) this.push(this.kindOf(content, verb), cue, content, this.span(src), 0.85);
    }
  }

  /**
   * "Asked if he was ever bullied, the candidate said no", "when asked who leads the party": the
   * question, up to its comma, is attributed to an unnamed asker.
   */
  private askedClause(i: number): boolean {
    const t = this.t;
    const prev = t[i - 1]?.lower;
    const opens = this.opensSentence(i) || prev === 'when' || prev === ',';
    const k = i + 1;
    if (!opens || !t[k] || !(WH.has(t[k]!.lower) || t[k]!.lower === 'about')) return false;
    const sentEnd = this.last[t[i]!.sent]!;
    let e = k + 1;
    while (e < sentEnd && t[e]!.lower !== ',' && !SENTENCE_END.has(t[e]!.lower)) e++;
    if (e - k < 3) return false;
    this.push('indirect', [i, i + 1], [t[k]!.start, t[e - 1]!.end], null, 0.6);
    return true;
  }

  /**
   * Whether a phrase can be the subject of the cue: its head is a name, a pronoun, a role, an
   * organisation or a thing that speaks ("the report"), a plural; a base-form verb ("say") needs a
   * plural subject or an auxiliary before it ("they say", "will say").
   */
  private plausibleSource(src: [number, number], verb: CueVerb, hasAux: boolean): boolean {
    const [s, e] = src;
    const head = this.t[this.headOf(src)]!;
    const l = head.lower;
    const pronoun = (e - s === 1 && (PRONOUNS.has(l) || l === 'who')) || l === 'whom';
    if (verb.form === 'base' && !hasAux) {
      if (pronoun) return ['they', 'we', 'i', 'you', 'who', 'whom'].includes(l);
      const plural = PLURAL_OPENERS.has(this.t[s]!.lower) || this.t.slice(s, e).some((tok) => tok.lower === 'and' || tok.lower === '&');
      if (!(plural || l.endsWith('s') || ['people', 'police', 'staff', 'media', 'public', 'men', 'women', 'children'].includes(l))) return false;
    }
    if (pronoun || head.cap || PLURAL_OPENERS.has(this.t[s]!.lower)) return true;
    if (/'s$/.test(l)) return false;
    if (/(er|or|ist|ian|ant|ent|ee|ess)$/.test(l) && l.length > 4 && !ADVERBS.has(l)) return true;
    // Shares of a poll's respondents: "half of GOP voters", "more than 4 in 10", "55 percent".
    if (SHARES.has(l) || /^\d/.test(l)) return true;
    const bare = l.replace(/s$/, '');
    return PERSON_ROLES.has(l) || PERSON_ROLES.has(bare) || ORG_NOUNS.has(l) || ORG_NOUNS.has(bare) || SOURCE_NOUNS.has(l) || SOURCE_NOUNS.has(bare) || (l.endsWith('s') && l.length > 4 && !l.endsWith('ss'));
  }

  /** The head of a source phrase: its last word, before any appositive, prepositional phrase or party label. */
  private headOf([s, e]: [number, number]): number {
    const t = this.t;
    let h = e - 1;
    // "one of the family's lawyers": the head is in the phrase after "of".
    const from = t[s + 1]?.lower === 'of' && QUANTIFIERS.has(t[s]!.lower) && s + 2 < e ? s + 2 : s;
    // "Maria Lopez, a spokeswoman for the city", "Advisers to Mr. Obama": the head is before the
    // appositive or the prepositional phrase.
    for (let m = from + 1; m < e; m++) {
      if (t[m]!.lower === ',' || HEAD_PREPOSITIONS.has(t[m]!.lower)) {
        h = m - 1;
        break;
      }
    }
    // "Rep. Gwen Moore (D-Wis.)": the head is before the party label.
    if (t[h]!.lower === ')') h = Math.max(s, this.parenBefore(h + 1, s) - 1);
    return h;
  }

  /** "A new poll shows …", "the study found …": evidence, whose weak cues ("show", "find") report. */
  private isEvidence(src: [number, number]): boolean {
    return EVIDENCE_NOUNS.has(this.t[this.headOf(src)]!.lower);
  }

  /** ", saying …", ", adding …": the source is the subject of the sentence. */
  private participle(i: number, verb: CueVerb): void {
    const t = this.t;
    const before = t[i - 1]?.lower ?? '';
    const afterComma = before === ',' || (QUOTE_MARKS.has(before) && t[i - 2]?.lower === ',');
    // "began by saying he would …", "criticized for saying that …".
    const afterPreposition = GERUND_PREPOSITIONS.has(before) && !verb.weak;
    if (!(afterComma || afterPreposition) || verb.cls !== 'speech') return;
    const content = this.rightContent(i + 1, i, verb);
    if (!content) return;
    const earlier = this.claims.at(-1);
    const sentStart = this.tokStart(this.first[t[i]!.sent]!);
    const subject = this.sentenceSubject(t[i]!.sent);
    const source = earlier && earlier.cue[0] >= sentStart ? earlier.source : subject && this.span(subject);
    this.push(this.kindOf(content, verb), [i, i + 1], content, source, 0.7);
  }

  private accordingTo(i: number): void {
    const t = this.t;
    const sent = t[i]!.sent;
    let src = this.nounPhraseAfter(i + 2);
    if (!src) return;
    // "According to early results of exit polls conducted by Edison Research for the AP, …": at
    // the start of a sentence the source runs to its comma.
    if (t[src[1]]?.lower !== ',' && this.startsSentence(i)) {
      let c = src[1];
      while (c < this.last[sent]! && c < i + 32 && t[c]!.lower !== ',' && !this.opensQuote(c)) c++;
      if (t[c]?.lower === ',') src = [src[0], c];
    }
    const cue: [number, number] = [i, i + 2];
    const after = t[src[1]];
    const sentEnd = this.last[sent]!;
    const rest = src[1] + 1 < sentEnd ? this.clauseEnd(src[1] + 1, sentEnd) : null;
    const before = i > this.first[sent]! && t[i - 1]!.lower === ',' ? this.leftContent(i) : null;
    if (after?.lower === ',' && rest && (!before || this.startsSentence(i))) {
      this.push('according-to', cue, [this.tokStart(src[1] + 1), rest], this.span(src), 0.85);
    } else if (before && after?.lower === ',' && rest && !this.opensQuote(src[1] + 1)) {
      // "At the heart of the trouble, according to Dennis Ross, was a decision …": the sentence around it.
      this.push('according-to', cue, [before[0], rest], this.span(src), 0.8);
    } else if (before) {
      this.push('according-to', cue, before, this.span(src), 0.85);
    }
  }

  /** "Moscow's claim that …", "the ministry's assertion that …". */
  private noun(i: number): void {
    const t = this.t;
    const src = this.phraseBefore(i);
    if (!src) return;
    const end = this.clauseEnd(i + 2, this.last[t[i]!.sent]!);
    if (end === null) return;
    const last = t[src[1] - 1]!;
    const span: [number, number] = [t[src[0]]!.start, last.end - (/'s$/.test(last.lower) ? 2 : 1)];
    this.push('indirect', [i, i + 1], [this.tokStart(i + 2), end], span, 0.6);
  }

  // ------------------------------------------------------------------ sources

  /** The subject before a verb at i: a pronoun, or a noun phrase; skips adverbs and auxiliaries. */
  private subjectBefore(i: number): [number, number] | null {
    const t = this.t;
    const j = this.skipBack(i - 1);
    const tok = t[j];
    if (!tok || tok.sent !== t[i]!.sent) return null;
    if (tok.lower === ',') return this.beforeAppositive(j);
    if (SUBJECT_PRONOUNS.has(tok.lower) || tok.lower === 'who') return [j, j + 1];
    // "many of whom say …"
    if ((tok.lower === 'whom' || tok.lower === 'which') && t[j - 1]?.lower === 'of' && QUANTIFIERS.has(t[j - 2]?.lower ?? '')) return [j - 2, j + 1];
    // An object pronoun is a subject only inside a phrase: "those close to him say".
    if (PRONOUNS.has(tok.lower) && !HEAD_PREPOSITIONS.has(t[j - 1]?.lower ?? '')) return null;
    return this.phraseBefore(j + 1);
  }

  /**
   * "Maria Zakharova, a Foreign Ministry spokeswoman, said", "Donna Rawlings, 59, of Ashton, Md.,
   * who watched …, said": the subject with its appositives, back to a name or role that opens the
   * clause (at the sentence start, or after a quotation).
   */
  private beforeAppositive(comma: number): [number, number] | null {
    const t = this.t;
    const floor = Math.max(this.first[t[comma]!.sent]!, comma - 32);
    let commas = 0;
    for (let c = comma - 1; c > floor && commas < 6; c--) {
      const l = t[c]!.lower;
      if (SENTENCE_END.has(l) || l === ';' || l === ':') return null;
      if (l !== ',') continue;
      commas++;
      const np = this.phraseBefore(c);
      if (!np) continue;
      const head = t[np[1] - 1]!;
      // A name, a role or a report: "David Schulz", "A lawyer for the news outlets", "The report".
      if (!head.cap && !this.hasRole(np) && !EVIDENCE_NOUNS.has(head.lower)) continue;
      const before = t[np[0] - 1];
      const anchored =
        this.opensSentence(np[0]) ||
        this.afterOpeningPhrase(np[0]) ||
        (before && (QUOTE_MARKS.has(before.lower) || (before.lower === ',' && QUOTE_MARKS.has(t[np[0] - 2]?.lower ?? ''))));
      if (anchored) return [np[0], comma];
    }
    return null;
  }

  /** Whether the "and" at token a joins the objects of a preposition a few words before it ("Experts on X and Y"). */
  private inPrepositionalPhrase(a: number, floor: number): boolean {
    const t = this.t;
    for (let m = a - 1; m > floor && m >= a - 4; m--) {
      const l = t[m]!.lower;
      if (!t[m]!.word || CLAUSE.has(l) || AUX.has(l)) return false;
      if (HEAD_PREPOSITIONS.has(l) || l === 'on' || l === 'about') return m > floor;
    }
    return false;
  }

  /** Whether token i follows an opening phrase and its comma ("In a statement, one of …"). */
  private afterOpeningPhrase(i: number): boolean {
    const t = this.t;
    let s = this.first[t[i]!.sent]!;
    // "And on Tuesday, Kevin Brady, chairman of …, said"
    while (s < i - 1 && OPENERS.has(t[s]!.lower) && !PREPOSITIONS.has(t[s]!.lower)) s++;
    if (t[i - 1]?.lower !== ',' || i - 1 - s < 2 || i - 1 - s > 8 || !(PREPOSITIONS.has(t[s]!.lower) || ADVERBS.has(t[s]!.lower))) return false;
    for (let m = s + 1; m < i - 1; m++) if (!t[m]!.word || AUX.has(t[m]!.lower) || cueVerb(t[m]!.lower)) return false;
    return true;
  }

  private hasRole([s, e]: [number, number]): boolean {
    for (let m = s; m < e; m++) {
      const l = this.t[m]!.lower;
      if (PERSON_ROLES.has(l) || (l.endsWith('s') && PERSON_ROLES.has(l.slice(0, -1)))) return true;
    }
    return false;
  }

  /** The noun phrase that ends just before token `end`, walking left to a clause boundary. */
  private phraseBefore(end: number): [number, number] | null {
    const t = this.t;
    if (end <= 0) return null;
    const sent = t[end - 1]!.sent;
    const floor = Math.max(this.first[sent]!, end - MAX_SOURCE);
    let k = end;
    while (k > floor) {
      const tok = t[k - 1]!;
      if (!tok.word) {
        const open = this.parenBefore(k, floor);
        if (open < 0) break;
        k = open;
        continue;
      }
      const l = tok.lower;
      if (l === 'and' || l === '&') {
        // "Trump and Pence said" keeps the pair; "… and officials said" does not; "Experts on North
        // Korea and nuclear arms said", "observers in Virginia and around the country" do.
        if (!(t[k - 2]?.cap && t[k]?.cap) && !this.inPrepositionalPhrase(k - 1, floor)) break;
      } else if (CLAUSE.has(l) || (AUX.has(l) && !this.inName(k - 1))) break;
      else if (cueVerb(l) && !tok.cap && k < end && !this.nounAfterDeterminer(k - 1)) break;
      k--;
    }
    if (k >= end) return null;
    let start = k;
    // "On Tuesday the ministry said": drop an opening prepositional phrase.
    if (PREPOSITIONS.has(t[start]!.lower)) {
      let m = start + 1;
      if (m < end && DETERMINERS.has(t[m]!.lower)) m++;
      const cap = t[m]?.cap;
      while (m < end && t[m]!.cap === cap && !DETERMINERS.has(t[m]!.lower)) m++;
      start = m;
    }
    if (start >= end) return null;
    // "Ukrainian sources speaking with CNN said": the source ends before the participle.
    let stop = end;
    for (let m = start + 1; m < end; m++) {
      const l = t[m]!.lower;
      if (!t[m]!.cap && l.length > 5 && l.endsWith('ing') && !ING_ADJECTIVES.has(l)) {
        stop = m;
        break;
      }
    }
    if (stop - start === 1 && DETERMINERS.has(t[start]!.lower)) return null;
    return [start, stop];
  }

  /** The noun phrase starting at i (after "according to", or after an inverted cue). */
  private nounPhraseAfter(i: number): [number, number] | null {
    const t = this.t;
    const first = t[i];
    if (!first?.word) return null;
    const sent = first.sent;
    const end = Math.min(this.last[sent]!, i + MAX_SOURCE);
    let k = i;
    while (k < end) {
      const tok = t[k]!;
      if (!tok.word) {
        // "said Rep. Jim Jordan (R-Ohio)": a party label closes the name.
        const close = k > i ? this.parenAfter(k, end) : -1;
        if (close >= 0) k = close + 1;
        break;
      }
      if (k > i && (CLAUSE.has(tok.lower) || (AUX.has(tok.lower) && !this.inName(k)))) break;
      if (k > i && ADVERBIAL.has(tok.lower) && !['of', 'the', 'to', 'for', 'at', 'in', 'from'].includes(tok.lower)) break;
      if (k > i && cueVerb(tok.lower) && !tok.cap) break;
      k++;
    }
    // Trailing time words and prepositions are not part of the source: "said Zelensky on Monday".
    while (k > i + 1 && (ADVERBIAL.has(t[k - 1]!.lower) || DETERMINERS.has(t[k - 1]!.lower))) k--;
    return k > i ? [i, k] : null;
  }

  /** "Trump criticized the deal and said …": the second verb's subject is the sentence's. */
  private coordinatedSubject(i: number, aux: number): [number, number] | null {
    const t = this.t;
    const sent = t[i]!.sent;
    if (!(t[aux]?.lower === 'and' || t[aux]?.lower === 'but') || aux - this.first[sent]! < 3) return null;
    const subject = this.sentenceSubject(sent);
    return subject && subject[1] < aux ? subject : null;
  }

  /** The subject at the start of a sentence, for ", saying …" and coordinated verbs. */
  private sentenceSubject(sent: number): [number, number] | null {
    const t = this.t;
    let i = this.first[sent]!;
    const end = this.last[sent]!;
    if (i < 0) return null;
    // Skip an opening phrase up to its comma ("On Monday, Trump …").
    if (PREPOSITIONS.has(t[i]!.lower) || ADVERBS.has(t[i]!.lower)) {
      let k = i;
      while (k < end && k < i + 8 && t[k]!.lower !== ',') k++;
      if (t[k]?.lower !== ',') return null;
      i = k + 1;
    }
    if (t[i] && PRONOUNS.has(t[i]!.lower)) return [i, i + 1];
    let k = i;
    if (t[k] && DETERMINERS.has(t[k]!.lower)) {
      k++;
      // "The governor began by saying …": a determiner and a common noun.
      const noun = t[k];
      if (noun?.word && !noun.cap && k < end && !AUX.has(noun.lower) && !CLAUSE.has(noun.lower)) return [i, k + 1];
    }
    while (k < end && k < i + 8 && t[k]!.word && (t[k]!.cap || t[k]!.lower === 'of')) k++;
    while (k > i && !t[k - 1]!.cap) k--;
    return k > i ? [i, k] : null;
  }

  // ------------------------------------------------------------------ contents

  /**
   * The content after a cue: a quotation, a "that" clause (after a hearer or an adverbial), an
   * infinitive, or a bare clause. `from` is the first token after the cue, `cueAt` the cue.
   */
  private rightContent(from: number, cueAt: number, verb: CueVerb): [number, number] | null {
    const t = this.t;
    const sent = t[cueAt]!.sent;
    const sentEnd = this.last[sent]!;
    const k = from;
    if (k >= sentEnd) return this.colonParagraph(k, sent);
    // "said:" / "said, “…”" / "said “…”"
    if (t[k]!.lower === ':' || (t[k]!.lower === ',' && this.opensQuote(k + 1))) {
      if (this.opensQuote(k + 1)) return this.quoteContent(k + 1);
      if (t[k]!.lower === ':') return k + 1 < sentEnd ? this.until(k + 1, sentEnd, verb) : this.colonParagraph(k + 1, sent);
      return null;
    }
    if (this.opensQuote(k)) return this.quoteContent(k);
    // "that" soon after: past an adverbial ("said on Monday that") or a hearer ("told CNN that").
    const that = this.thatAhead(k, sentEnd, verb);
    if (that >= 0) return this.until(that + 1, sentEnd, verb);
    if (verb.tell && t[k]!.lower === 'to' && INFINITIVE_CUES.has(verb.lemma)) return this.until(k, sentEnd, verb);
    if (verb.tell) {
      // "warned state elections officials to boost …": a hearer of a few words, then "to" or "that".
      for (let m = k + 1; m < Math.min(sentEnd, k + 6); m++) {
        const l = t[m]!.lower;
        if (!t[m]!.word || AUX.has(l) || CLAUSE.has(l) && l !== 'that') break;
        if (l === 'to') return this.until(m, sentEnd, verb);
        if (l === 'that') return this.until(m + 1, sentEnd, verb);
      }
      const h = this.skipHearer(k, sentEnd);
      if (h > k) {
        if (h >= sentEnd || SENTENCE_END.has(t[h]!.lower)) return null;
        if (t[h]!.lower === ',' || t[h]!.lower === ':') {
          return this.opensQuote(h + 1) ? this.quoteContent(h + 1, 3) : null;
        }
        if (this.opensQuote(h)) return this.quoteContent(h, 3);
        if (t[h]!.lower === 'to' || t[h]!.lower === 'about' || WH.has(t[h]!.lower) || (verb.lemma === 'tell' && this.startsClause(h, sentEnd))) return this.until(h, sentEnd, verb);
        return null;
      }
    }
    const first = t[k]!;
    if (first.lower === 'to' && INFINITIVE_CUES.has(verb.lemma)) return this.until(k, sentEnd, verb);
    // "pointed to …", "talked about …", "railed against …".
    if (verb.learned && PARTICLES.has(first.lower) && k + 1 < sentEnd) return this.until(k + 1, sentEnd, verb);
    // "called for the complete repeal …", "called on Republicans to …".
    if (verb.lemma === 'call' && (first.lower === 'for' || first.lower === 'on') && k + 1 < sentEnd) return this.until(k + 1, sentEnd, verb);
    // "said on Monday the talks …", "said in a statement, “…”".
    const past = this.skipAdverbial(k, sentEnd);
    if (past > k && past < sentEnd) {
      let m = past;
      if (t[m]!.lower === ',') m++;
      if (this.opensQuote(m)) return this.quoteContent(m);
      if (m < sentEnd && t[m]!.lower === 'that') return this.until(m + 1, sentEnd, verb);
      if (m < sentEnd && !verb.weak && this.startsClause(m, sentEnd)) return this.until(m, sentEnd, verb);
      return null;
    }
    if (!first.word) return null;
    if (verb.weak && !OBJECT_CUES.has(verb.lemma)) return null;
    if (verb.learned && sentEnd - k >= 2) return this.until(k, sentEnd, verb);
    // "said of Mrs. Clinton's plan": what the quotation before is about, not the content.
    if (first.lower === 'of') {
      // "says of Clinton, “If she gets the chance …”": the quotation after the topic.
      // Searched in the few tokens after "of" only (a search from the text's start was quadratic).
      const limit = Math.min(sentEnd, k + 8);
      let comma = k + 1;
      while (comma < limit && t[comma]!.lower !== ',') comma++;
      return comma < limit && this.opensQuote(comma + 1) ? this.quoteContent(comma + 1) : null;
    }
    if (verb.cls === 'belief' && !OBJECT_CUES.has(verb.lemma) && !this.startsClause(k, sentEnd)) return null;
    if (ADVERBIAL.has(first.lower) || (CLAUSE.has(first.lower) && first.lower !== 'that')) {
      if (verb.cls === 'belief' || !WH.has(first.lower)) return null;
    }
    // A gerund ("reported downing …") or a clause ("said the Kremlin remained …"); not an adverb alone ("he said then.").
    if (sentEnd - k < 2 || (ADVERBS.has(first.lower) && this.endsClause(k + 1))) return null;
    return this.until(k, sentEnd, verb);
  }

  /** Content before the source (or before an inverted cue) that begins at token `at`. */
  private leftContent(at: number): [number, number] | null {
    const t = this.t;
    const p = t[at - 1];
    if (!p) return null;
    // A quotation that ends here (“…,” he said / “…?” she asked).
    let q = quoteAt(this.quotes, p.start);
    if (q < 0 && p.lower === ',' && t[at - 2]) q = quoteAt(this.quotes, t[at - 2]!.start);
    if (q >= 0) {
      const quote = this.quotes[q]!;
      if (quote.end <= p.end + 1 && (quote.end - quote.start > 12 || this.shortQuotation(quote))) return [quote.start, quote.end];
      return null;
    }
    if (p.lower !== ',') return null;
    const sent = t[at]!.sent;
    const s = this.afterDateline(this.first[sent]!);
    if (at - 1 - s < 3) return null;
    return [t[s]!.start, p.start];
  }

  /**
   * A short quotation that is one (“No,” he said. “It’s fine,” she said.), not a scare quote (the
   * so-called “burn bag,” reported the Times): it opens its sentence and ends with its own
   * punctuation.
   */
  private shortQuotation(quote: Quote): boolean {
    if (quote.end - quote.start < 4 || !/[,.!?…]["”’»']$/.test(this.text.slice(quote.start, quote.end))) return false;
    const before = this.text.slice(Math.max(0, quote.start - 3), quote.start).trimEnd();
    return before === '' || /[\n.!?:"”’]$/.test(before);
  }

  /** The first token after a dateline that opens a sentence at s ("WASHINGTON ― …", "KYIV, Ukraine — …"), or s. */
  private afterDateline(s: number): number {
    const t = this.t;
    for (let m = s; m < s + 6 && m < t.length; m++) {
      const tok = t[m]!;
      if (DATELINE_DASHES.has(tok.lower)) return m > s ? m + 1 : s;
      if (tok.lower === ',' || tok.lower === '.') continue;
      if (!tok.word || !tok.cap || (m === s && !/^[\p{Lu}.'’-]+$/u.test(this.text.slice(tok.start, tok.end)))) return s;
    }
    return s;
  }

  /** The quotation opening at token k. */
  private quoteContent(k: number, minWords = 1): [number, number] | null {
    const q = quoteAt(this.quotes, this.t[k]!.start);
    if (q < 0) return null;
    const quote = this.quotes[q]!;
    if (minWords > 1 && this.text.slice(quote.start, quote.end).trim().split(/\s+/).length < minWords) return null;
    return [quote.start, quote.end];
  }

  /** "He said:" at the end of a paragraph: the content is the next paragraph. */
  private colonParagraph(k: number, sent: number): [number, number] | null {
    const t = this.t;
    const prev = t[k - 1];
    if (!prev || prev.lower !== ':' || prev.sent !== sent) return null;
    const next = t[k];
    if (!next || next.para !== prev.para + 1) return null;
    if (this.opensQuote(k)) return this.quoteContent(k);
    let e = k;
    while (e < t.length && t[e]!.para === next.para) e++;
    return [next.start, t[e - 1]!.end];
  }

  /**
   * From token k to the end of its clause: the sentence end, or a quotation running past it. After
   * a cue `verb`, the learned model may end it earlier (lib/claims/boundary.ts).
   */
  private until(k: number, sentEnd: number, verb?: CueVerb): [number, number] | null {
    // "He said that" at the very end of the text: nothing is left to be the content.
    if (k >= sentEnd) return null;
    const stop = verb ? contentEnd(this.t, k, sentEnd, verb, (p) => this.quotes[quoteAt(this.quotes, this.t[p]!.start)]?.start ?? -1) : sentEnd;
    const end = this.clauseEnd(k, this.beforeTrailingCue(k, stop));
    return end === null ? null : [this.tokStart(k), end];
  }

  /**
   * The comma of a cue that closes the sentence ("wants to build a wall, his aides said.",
   * "…, according to the ministry."): the content stops there; or `end`.
   */
  private beforeTrailingCue(k: number, end: number): number {
    const t = this.t;
    for (let p = end - 2; p > k && p >= end - 9; p--) {
      if (t[p]!.lower !== ',') continue;
      if (t[p + 1]?.lower === 'according' && t[p + 2]?.lower === 'to') return p;
      let m = p + 1;
      while (m < end && m < p + 7 && t[m]!.word && !(cueVerb(t[m]!.lower) && !t[m]!.cap && m > p + 1)) m++;
      const cue = t[m];
      if (m > p + 1 && m < end && cue && cueVerb(cue.lower)?.cls === 'speech' && !cue.cap && this.endsClause(m + 1)) return p;
    }
    return end;
  }

  private clauseEnd(k: number, sentEnd: number): number | null {
    const t = this.t;
    let e = sentEnd;
    while (e > k && (SENTENCE_END.has(t[e - 1]!.lower) || t[e - 1]!.lower === ',')) e--;
    if (e <= k) return null;
    let end = t[e - 1]!.end;
    // A quotation that opened inside the content and runs on past the sentence.
    const q = quoteAt(this.quotes, t[e - 1]!.start);
    if (q >= 0 && this.quotes[q]!.start >= t[k]!.start && this.quotes[q]!.end > end) end = this.quotes[q]!.end;
    return end;
  }

  // ------------------------------------------------------------------ helpers

  private push(kind: ClaimKind, cue: [number, number], content: [number, number], source: [number, number] | null, confidence: number): RawClaim | undefined {
    if (content[1] <= content[0]) return undefined;
    const t = this.t;
    // A source of one word that cannot name anyone: "And", "While", "Perhaps", "Recovering" (a
    // longer source is no such word: not sliced).
    if (source && source[1] - source[0] < 12) {
      const word = this.text.slice(source[0], source[1]);
      if (NEVER_SOURCE.has(word.toLowerCase())) return undefined;
      // A participle opening the sentence ("Speaking at a rally, …"), unless it is a name (Beijing, Schilling).
      if (/^\p{Lu}\p{Ll}+ing$/u.test(word) && !this.isNameAt(source[0])) return undefined;
    }
    const claim: RawClaim = { kind, cue: [t[cue[0]]!.start, t[cue[1] - 1]!.end], content, source, confidence };
    this.claims.push(claim);
    return claim;
  }

  /** Skips an adverbial after a cue ("on Monday", "in a statement", "earlier this week,"). */
  private skipAdverbial(k: number, sentEnd: number): number {
    const t = this.t;
    let m = k;
    for (let round = 0; round < 3 && m < sentEnd; round++) {
      const l = t[m]!.lower;
      if (TIME.has(l) && l !== 'time') {
        m++;
        continue;
      }
      if (!ADVERBIAL.has(l) || l === 'to') break;
      let n = m + 1;
      if (n < sentEnd && DETERMINERS.has(t[n]!.lower) && t[n]!.lower !== 'that') n++;
      const stop = n + 5;
      while (n < sentEnd && n < stop && t[n]!.word && (t[n]!.cap || TIME.has(t[n]!.lower) || MEDIUM.has(t[n]!.lower) || /^\d/.test(t[n]!.lower) || t[n]!.lower === 'of' || ADVERBS.has(t[n]!.lower))) n++;
      if (n === m + 1) break;
      m = n;
    }
    return m;
  }

  private kindOf(content: [number, number], verb: CueVerb): ClaimKind {
    const q = quoteAt(this.quotes, content[0]);
    if (q >= 0 && this.quotes[q]!.start === content[0] && this.quotes[q]!.end >= content[1] - 1) return 'direct';
    return verb.cls === 'belief' ? 'belief' : 'indirect';
  }

  private span(range: [number, number]): [number, number] {
    return [this.t[range[0]]!.start, this.t[range[1] - 1]!.end];
  }

  private tokStart(k: number): number {
    return this.t[k]!.start;
  }

  private prevWord(i: number): Token | undefined {
    const p = this.t[i - 1];
    return p?.word ? p : undefined;
  }

  /**
   * Whether the capitalised auxiliary at k is a name: after another capitalised word of its
   * sentence ("Theresa May", "All Might"), before a surname ("Will Smith"), or saying something
   * itself (“…,” May said).
   */
  private inName(k: number): boolean {
    const t = this.t;
    const tok = t[k]!;
    if (!tok.cap || !NAME_AUX.has(tok.lower)) return false;
    const prev = t[k - 1];
    const next = t[k + 1];
    if (prev?.word && prev.cap && prev.sent === tok.sent) return true;
    if ((tok.lower === 'will' || tok.lower === 'may') && next?.word && next.cap) return true;
    const verb = next?.word && !next.cap ? cueVerb(next.lower) : undefined;
    return verb !== undefined && (verb.form === 'past' || verb.form === '3sg');
  }

  /** Skips adverbs and auxiliaries to the left of i (inclusive), not a name's; returns the index reached. */
  private skipBack(i: number): number {
    let j = i;
    let n = 0;
    while (j >= 0 && n < 5 && this.t[j]!.word && !this.inName(j) && (ADVERBS.has(this.t[j]!.lower) || AUX.has(this.t[j]!.lower) || FLOATING.has(this.t[j]!.lower) || (/ly$/.test(this.t[j]!.lower) && !this.t[j]!.cap && this.t[j]!.lower.length > 4))) {
      j--;
      n++;
    }
    return j;
  }

  /**
   * The "(" of a short parenthesis that closes just before token k after a word ("Moore (D-Wis.)",
   * "the Fund (IMF)"), not before `floor`; or -1.
   */
  private parenBefore(k: number, floor: number): number {
    const t = this.t;
    if (t[k - 1]?.lower !== ')') return -1;
    for (let m = k - 2; m > floor && m >= k - 8; m--) {
      if (t[m]!.lower === '(') return t[m - 1]?.word ? m : -1;
      if (t[m]!.lower === ')' || t[m]!.lower === ',') return -1;
    }
    return -1;
  }

  /** The ")" of a short parenthesis opening at token k, before `end`; or -1. */
  private parenAfter(k: number, end: number): number {
    const t = this.t;
    if (t[k]?.lower !== '(') return -1;
    for (let m = k + 1; m < end && m <= k + 8; m++) {
      if (t[m]!.lower === ')') return m;
      if (t[m]!.lower === '(' || t[m]!.lower === ',') return -1;
    }
    return -1;
  }

  private isCueBefore(i: number): boolean {
    const p = this.t[i - 1];
    return !!p && !!cueVerb(p.lower);
  }

  /** "a claim" / "his report": a cue-verb form used as a noun after a determiner. */
  private nounAfterDeterminer(i: number): boolean {
    const p = this.t[i - 1];
    return !!p && DETERMINERS.has(p.lower);
  }

  private opensQuote(k: number): boolean {
    const tok = this.t[k];
    if (!tok || !QUOTE_MARKS.has(tok.lower)) return false;
    const q = quoteAt(this.quotes, tok.start);
    return q >= 0 && this.quotes[q]!.start === tok.start;
  }

  /** Index of a "that" that opens the content within a short window, or -1. */
  private thatAhead(k: number, sentEnd: number, verb: CueVerb): number {
    const t = this.t;
    if (t[k]?.lower === 'that') return k;
    const first = t[k];
    if (!first) return -1;
    const opener = ADVERBIAL.has(first.lower) || first.lower === ',' || (verb.tell && (HEARERS.has(first.lower) || first.cap));
    if (!opener) return -1;
    const end = Math.min(sentEnd, k + MAX_GAP);
    for (let m = k + 1; m < end; m++) {
      const l = t[m]!.lower;
      if (l === 'that') return t[m - 1]!.lower === ',' || m > k ? m : -1;
      if (!t[m]!.word && l !== ',') return -1;
      if ((cueVerb(l) && !t[m]!.cap) || AUX.has(l)) return -1;
      // "called for contestants to wear dresses that …": an infinitive, so the "that" is not the cue's.
      if (l === 'to' && t[m + 1]?.word && !t[m + 1]!.cap && !DETERMINERS.has(t[m + 1]!.lower) && !PRONOUNS.has(t[m + 1]!.lower)) return -1;
    }
    return -1;
  }

  /** Skips the hearer of a "tell" verb ("told the Kyiv Post", "told reporters on Monday"). */
  private skipHearer(k: number, sentEnd: number): number {
    const t = this.t;
    let m = k;
    if (m < sentEnd && DETERMINERS.has(t[m]!.lower)) m++;
    const start = m;
    // "of"/"the" inside a hearer's name only ("the Council of Europe"), not opening what is told
    // ("told reporters the post was a joke").
    const inHearer = (m: number) => {
      const l = t[m]!.lower;
      if (m > start && l === 'of') return !!t[m + 1]?.cap || (DETERMINERS.has(t[m + 1]?.lower ?? '') && !!t[m + 2]?.cap);
      if (m > start && DETERMINERS.has(l)) return !!t[m + 1]?.cap;
      return t[m]!.cap || HEARERS.has(l) || (m > start && /^\d+$/.test(l));
    };
    while (m < sentEnd && m < start + 6 && t[m]!.word && inHearer(m)) m++;
    // "told a news conference they …": a determiner and a few common nouns.
    if (m === start && start > k) {
      while (m < sentEnd && m < start + 3 && t[m]!.word && !t[m]!.cap && !SUBJECT_PRONOUNS.has(t[m]!.lower) && !AUX.has(t[m]!.lower) && !CLAUSE.has(t[m]!.lower) && !cueVerb(t[m]!.lower) && t[m]!.lower !== 'to' && !(m > start && DETERMINERS.has(t[m]!.lower))) m++;
    }
    if (m === start && k < sentEnd && HEARERS.has(t[k]!.lower)) m = k + 1;
    // An adverbial after the hearer: "told reporters on Monday".
    while (m < sentEnd && (ADVERBIAL.has(t[m]!.lower) || TIME.has(t[m]!.lower)) && m < start + 10) {
      m++;
      while (m < sentEnd && t[m]!.word && (t[m]!.cap || DETERMINERS.has(t[m]!.lower) || TIME.has(t[m]!.lower)) && !['that', 'to'].includes(t[m]!.lower)) m++;
    }
    return m;
  }

  /** Whether a clause starts at k: a subject (pronoun, determiner, name) followed soon by a verb. */
  private startsClause(k: number, sentEnd: number): boolean {
    const t = this.t;
    const first = t[k]!;
    if (SUBJECT_PRONOUNS.has(first.lower) || first.lower === 'there' || CONTRACTED_SUBJECT.test(first.lower)) return true;
    if (!(DETERMINERS.has(first.lower) || first.cap)) return false;
    for (let m = k + 1; m < Math.min(sentEnd, k + 7); m++) {
      if (AUX.has(t[m]!.lower)) return true;
      if (!t[m]!.word) return false;
    }
    return false;
  }

  /** Nothing but adverbials, a hearer or a closing mark left in the clause after a bare cue. */
  private restIsEmpty(k: number, verb: CueVerb): boolean {
    const t = this.t;
    const sent = t[k - 1]!.sent;
    const sentEnd = this.last[sent]!;
    // "told the crowd,": a hearer with a determiner is walked over below, word by word.
    let m = verb.tell && !DETERMINERS.has(t[k]?.lower ?? '') ? this.skipHearer(k, sentEnd) : k;
    const ends = (x: number) => x >= sentEnd || SENTENCE_END.has(t[x]!.lower) || t[x]!.lower === ',' || QUOTE_MARKS.has(t[x]!.lower) || t[x]!.lower === ';';
    if (ends(m)) return true;
    // An adverbial to the end of the clause: "in a recent interview in Honolulu", "of the proceedings";
    // a hearer ("told the crowd,"); then perhaps a subordinate clause ("said Friday as he entered …").
    const l = t[m]!.lower;
    if (!(ADVERBIAL.has(l) || TIME.has(l) || l === 'of' || l === 'about' || t[m]!.cap || /ly$/.test(l) || (verb.tell && DETERMINERS.has(l)))) return false;
    for (let n = 0; m < sentEnd && n < 12; m++, n++) {
      const w = t[m]!;
      if (ends(m) || (SUBORDINATORS.has(w.lower) && t[m + 1]?.lower !== 'that')) return true;
      if (!w.word || w.lower === 'that' || AUX.has(w.lower) || (!w.cap && cueVerb(w.lower) && !this.nounAfterDeterminer(m))) return false;
    }
    return ends(m);
  }

  /** Whether the words from k to the sentence end are only a hearer and adverbials: no clause, quotation or infinitive. */
  private noClauseAfter(k: number, sentEnd: number): boolean {
    const t = this.t;
    for (let m = k; m < sentEnd; m++) {
      const tok = t[m]!;
      const l = tok.lower;
      if (SENTENCE_END.has(l) && m === sentEnd - 1) return true;
      // "… at the gala dinner in Washington, where Mrs. Clinton also spoke."
      if (l === ',' && m > k && ['where', 'which', 'who', 'when'].includes(t[m + 1]?.lower ?? '')) return true;
      // "… told reporters as she left the meeting", "… told a crowd that the campaign put at 3,000":
      // a subordinate or relative clause after the hearer (a content clause would have been taken).
      if ((SUBORDINATORS.has(l) && t[m + 1]?.lower !== 'that') || (m > k && l === 'that' && t[m - 1]!.word)) return true;
      if (l === ':' || l === ';' || this.opensQuote(m) || l === 'that' || WH.has(l) || SUBORDINATORS.has(l) || AUX.has(l)) return false;
      if (tok.word && !tok.cap && SUBJECT_PRONOUNS.has(l)) return false;
      if (tok.word && !tok.cap && cueVerb(l) && !this.nounAfterDeterminer(m)) {
        // "… at a news conference announcing that …": a participle opens a claim of its own.
        return cueVerb(l)!.form === 'ing' && m > k;
      }
      if (l === 'to' && t[m + 1]?.word && !t[m + 1]!.cap && !DETERMINERS.has(t[m + 1]!.lower)) return false;
    }
    return true;
  }

  /** Whether a short prepositional phrase ends the clause at k ("said one source on the panel."). */
  private prepositionalTail(k: number): boolean {
    const t = this.t;
    if (!PREPOSITIONS.has(t[k]?.lower ?? '') && !HEAD_PREPOSITIONS.has(t[k]?.lower ?? '')) return false;
    for (let m = k + 1; m < k + 8 && m < t.length; m++) {
      if (this.endsClause(m)) return true;
      const tok = t[m]!;
      if (!tok.word || AUX.has(tok.lower) || CLAUSE.has(tok.lower) || (!tok.cap && cueVerb(tok.lower))) return false;
    }
    return false;
  }

  /** Whether an inverted source ends its clause ("… said the ministry." / "…, said Zakharova, adding"). */
  private endsClause(k: number): boolean {
    const tok = this.t[k];
    return !tok || SENTENCE_END.has(tok.lower) || tok.lower === ',' || tok.lower === ';' || QUOTE_MARKS.has(tok.lower) || tok.sent !== this.t[k - 1]!.sent;
  }

  /** Whether a quotation opens sentence `sent` (it may have begun sentences earlier: "“A. B,” he said."). */
  private quoteOpens([start, end]: [number, number], sent: number): boolean {
    const first = this.t[this.first[sent]!]!.start;
    return start <= first && first < end;
  }

  /** Whether token i opens its sentence, after at most a connective ("But", "However,"). */
  private opensSentence(i: number): boolean {
    const s = this.first[this.t[i]!.sent]!;
    for (let m = s; m < i; m++) if (m > s + 2 || !OPENERS.has(this.t[m]!.lower)) return false;
    return true;
  }

  private startsSentence(i: number): boolean {
    const s = this.first[this.t[i]!.sent]!;
    return i - s <= 2;
  }

  // ------------------------------------------------------------------ quotations with no cue

  /**
   * A quotation with no cue of its own continues the claim before it in its paragraph, or the
   * quotation it continues across paragraphs ("“A,” he said. “B.”").
   */
  private continuations(): void {
    const claims = this.claims.slice().sort((a, b) => a.content[0] - b.content[0]);
    const paraOf = (at: number) => this.t[Math.max(0, this.tokenAt(at))]!.para;
    let ci = 0;
    let anchor: RawClaim | undefined;
    // The claim reaching furthest among those starting before the quotation (one sweep).
    let widest: RawClaim | undefined;
    const byQuote = new Map<number, RawClaim>();
    this.quotes.forEach((q, qi) => {
      while (ci < claims.length && claims[ci]!.content[0] <= q.start) {
        const c = claims[ci]!;
        // A quotation, or a content that opens with one ("“I admire the mechanics” of the plan, he said.").
        if (c.kind === 'direct' || this.quotes[quoteAt(this.quotes, c.content[0])]?.start === c.content[0]) anchor = c;
        if (!widest || c.content[1] > widest.content[1]) widest = c;
        ci++;
      }
      if (widest && widest.content[1] >= q.end - 1) {
        if (widest.kind === 'direct') byQuote.set(qi, widest);
        return;
      }
      const words = this.text.slice(q.start, q.end).split(/\s+/).length;
      let from: RawClaim | undefined;
      if (q.continues !== undefined) from = byQuote.get(q.continues);
      if (!from && anchor && words >= 2 && paraOf(anchor.content[0]) === paraOf(q.start) && anchor.content[1] <= q.start) from = anchor;
      if (!from || (words < 4 && from !== anchor)) return;
      const claim: RawClaim = { kind: 'direct', cue: from.cue, content: [q.start, q.end], source: from.source, confidence: 0.7, continues: from };
      this.claims.push(claim);
      byQuote.set(qi, claim);
    });
  }

  /** Whether an entity's mention starts at this offset. */
  private isNameAt(at: number): boolean {
    this.nameStarts ??= new Set(this.entities.flatMap((e) => e.mentions.map((m) => m.start)));
    return this.nameStarts.has(at);
  }

  /** Index of the token at or after offset `at`. */
  private tokenAt(at: number): number {
    let lo = 0;
    let hi = this.t.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.t[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Sorts, removes duplicates, trims the spans, resolves the sources and links continued quotations. */
function finish(text: string, raw: RawClaim[], entities: Entity[]): Claim[] {
  const seen = new Set<string>();
  const kept = withoutEmbedded(text, raw)
    .map((c) => ({ raw: c, content: trim(text, c.content) }))
    .filter((c) => c.content[1] - c.content[0] >= 3)
    .sort((a, b) => a.raw.cue[0] - b.raw.cue[0] || a.content[0] - b.content[0])
    .filter((c) => {
      const key = `${c.content[0]}:${c.content[1]}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const resolved = resolveSources(
    text,
    kept.map((c): RawSource => ({ mention: c.raw.source, cue: c.raw.cue[0] })),
    entities,
  );
  const claimOf = new Map<RawClaim, Claim>();
  const claims = kept.map(({ raw: c, content }, i) => {
    const r = resolved[i]!;
    const claim: Claim = {
      id: '',
      kind: c.kind,
      content: spanOf(text, content),
      cue: spanOf(text, c.cue),
      source: r.source,
      confidence: Math.min(c.confidence, r.confidence),
    };
    claimOf.set(c, claim);
    return claim;
  });
  claims.sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start);
  claims.forEach((c, i) => (c.id = `c${i}`));
  for (const { raw: c } of kept) {
    const anchor = c.continues && claimOf.get(c.continues);
    if (anchor) claimOf.get(c)!.continues = anchor.id;
  }
  return claims;
}

/** Trims white space and a final full stop or comma from a content span (not quote marks). */
/**
 * Drops claims embedded in a longer claim's content ("she supported policies that Trump argues
 * allowed …"): their cues inside a reported clause are mostly narration, and the corpus rarely
 * annotates them. A quotation, and a plain "said", "told" or "according to", are kept: those are
 * reports within the report ("Zelensky said Russia's ministry told reporters …").
 */
function withoutEmbedded(text: string, raw: RawClaim[]): RawClaim[] {
  const byStart = raw.slice().sort((a, b) => a.content[0] - b.content[0] || b.content[1] - a.content[1]);
  const out: RawClaim[] = [];
  let outer: RawClaim | undefined;
  for (const c of byStart) {
    const embedded =
      outer !== undefined &&
      c.content[1] <= outer.content[1] &&
      c.cue[0] >= outer.content[0] &&
      c.cue[1] <= outer.content[1] &&
      outer.content[1] - outer.content[0] > c.content[1] - c.content[0];
    if (!embedded || c.kind === 'direct' || plainReport(text.slice(c.cue[0], c.cue[1]))) out.push(c);
    if (!outer || c.content[1] > outer.content[1]) outer = c;
  }
  return out;
}

function plainReport(cue: string): boolean {
  const l = cue.toLowerCase();
  if (l === 'according to') return true;
  const lemma = cueVerb(l)?.lemma;
  // "The ministry claimed its forces had captured the village, a claim Kyiv denied."
  return lemma === 'say' || lemma === 'tell' || (lemma === 'claim' && l !== 'claim');
}

function trim(text: string, [s, e]: [number, number]): [number, number] {
  let a = s;
  let b = e;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /[\s.,;:]/.test(text[b - 1]!)) b--;
  return [a, b];
}

function spanOf(text: string, [start, end]: [number, number]): Span {
  return { start, end, text: text.slice(start, end) };
}
