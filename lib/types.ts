/**
 * The data model shared by every stage of the pipeline.
 *
 * Everything here is plain data (JSON-serialisable) so it crosses the message boundary between
 * the content script and the popup, and is printed as-is by the command-line tool.
 * All offsets are UTF-16 code-unit offsets into the article text (`Analysis.text`), end exclusive.
 */

/** A stretch of the article text. `text === articleText.slice(start, end)` always holds. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityKind = 'person' | 'place' | 'organization';

/** A person, place or organisation mentioned in the article, with every mention. */
export interface Entity {
  /** Stable within one analysis, e.g. "person:maria-zakharova". */
  id: string;
  kind: EntityKind;
  /** Canonical name: the longest / most complete form ("Maria Zakharova", "United States"). */
  name: string;
  /** Other forms found in the text ("Zakharova", "US", "U.S."). */
  variants: string[];
  /** Every mention, in text order (names, surnames, variants; not pronouns). */
  mentions: Span[];
  /** Role or description as the article states it ("Russia's Ambassador to the UN"). */
  role?: string;
  /** For places: the containing place ("Kursk region, Russia"). */
  within?: string;
}

/** How a claim is attributed. */
export type ClaimKind =
  | 'direct' // "“…,” X said" — the content is a quotation
  | 'indirect' // "X said that …"
  | 'according-to' // "according to X, …"
  | 'belief'; // "X believes …", "X wants …" (thoughts and intentions)

/** The source of a claim: the mention in the text, and whom it refers to. */
export interface ClaimSource {
  /** The mention as written ("he", "the ministry", "Ukrainian sources"); null when the text gives none. */
  mention: Span | null;
  /** Canonical name after resolution ("Maria Zakharova", "Russian Defense Ministry", "Ukrainian sources"). */
  name: string;
  /** The entity the mention resolves to, when there is one. */
  entityId?: string;
  /** The span the resolution went to ("Maria Zakharova" for "she"), when different from `mention`. */
  resolvedFrom?: Span;
  /** The role the article gives the source, when known. */
  role?: string;
}

/** One attributed claim: who (source) says (cue) what (content). */
export interface Claim {
  /** Index-based id, stable within one analysis: "c0", "c1", … in text order. */
  id: string;
  kind: ClaimKind;
  content: Span;
  cue: Span;
  source: ClaimSource;
  /** 0..1: how sure the engine is this is an attributed claim with this source. */
  confidence: number;
  /** Filled by lib/sides: the id of the side the source is on. */
  side?: string;
  /** The id of the claim this one continues: a quotation split by its cue ("“A,” he said. “B.”"). */
  continues?: string;
}

/** A side of the story: data, not code (id, label, colour, non-colour cue). */
export interface Side {
  id: string;
  label: string;
  /** CSS colour for highlights. */
  color: string;
  /** One or two letters shown beside the colour, for readers who cannot tell colours apart. */
  badge: string;
}

/** Why a source is on a side: the words in the text (or the reader's choice) that say so. */
export interface SideEvidence {
  /** "demonym" | "country" | "capital" | "institution" | "role" | "article" | "user" | "none" */
  reason: string;
  /** The words that are the evidence ("Russian" in "Russian Defense Ministry"). */
  text: string;
  /** Where the evidence is in the article text, when it is there. */
  span?: Span;
}

/** The side assignment of one source (a canonical source name). */
export interface SourceSide {
  source: string;
  side: string;
  evidence: SideEvidence;
}

/** One glossary row: a person, place or organisation, as the popup shows it. */
export interface GlossaryEntry {
  entityId: string;
  name: string;
  kind: EntityKind;
  /** Role (people) or description (places, organisations) as the article gives it. */
  description?: string;
  mentionCount: number;
  mentions: Span[];
  /** Number of claims this entity is the source of. */
  claimCount: number;
}

/** The result of analysing one article text. */
export interface Analysis {
  text: string;
  claims: Claim[];
  entities: Entity[];
  sides: Side[];
  sourceSides: SourceSide[];
  glossary: GlossaryEntry[];
  /** Wall-clock milliseconds per stage, for the benchmark. */
  timings?: Record<string, number>;
}
