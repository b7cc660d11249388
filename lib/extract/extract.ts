import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { looksEnglish } from './language';
import { TextMap, type TextPiece } from './text-map';

/**
 * Finds the article on a page with Readability, run on a clone so the live page is never
 * rewritten, and maps the article text back to the live page's text nodes.
 *
 * Pairing: the clone is structurally identical to the document, so the i-th text node of one is
 * the i-th of the other. We list both before Readability runs; Readability mostly moves text
 * nodes rather than re-creating them, so each text node of the extracted article is found by
 * identity. When Readability re-parses its cached HTML (its retry with looser thresholds), the
 * nodes are new: those are matched to live nodes of equal text, scanning forward in document
 * order. Everything is linear in the size of the page.
 */

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  /** The article text: blocks separated by blank lines, white space collapsed. */
  text: string;
  map: TextMap;
  /** Whether Readability's quick check thought the page was an article. */
  readerable: boolean;
  /** A rough language check of the text (we analyse English only for now). */
  english: boolean;
}

export type ExtractResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: 'not-article' | 'empty'; message: string };

export interface ExtractOptions {
  /** Extract even when the page does not look like an article ("Analyse anyway"). */
  force?: boolean;
  /** Articles shorter than this (characters) are "not an article" unless forced. */
  minLength?: number;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/**
 * Readability's cost grows with the square of the nesting depth (10 s at 2,000 levels in
 * Chromium); real articles stay well under this depth.
 */
const MAX_DEPTH = 150;
const WRAPPERS = new Set(['DIV', 'SPAN', 'SECTION', 'FONT', 'CENTER']);
/** How far forward to look for a re-created text node's live twin. */
const RESCAN_WINDOW = 400;

function listTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  try {
    return extract(doc, options);
  } catch (error) {
    // Hostile or pathological markup (say, nesting deeper than the DOM clone can go): a clear
    // message, never an exception into the page.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'empty', message: `Sidelight could not read this page (${reason}).` };
  }
}

function extract(doc: Document, options: ExtractOptions): ExtractResult {
  const minLength = options.minLength ?? 400;
  const readerable = isProbablyReaderable(doc);
  if (!readerable && !options.force) {
    return { ok: false, reason: 'not-article', message: "This page doesn't look like an article." };
  }

  const live = listTextNodes(doc);
  const clone = doc.cloneNode(true) as Document;
  const cloned = listTextNodes(clone);
  const index = new Map<Text, number>();
  if (cloned.length === live.length) cloned.forEach((t, i) => index.set(t, i));

  flattenDeepNesting(clone, MAX_DEPTH);
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  const root = parsed?.content;
  if (!parsed || !root) {
    return {
      ok: false,
      reason: options.force ? 'empty' : 'not-article',
      message: options.force ? 'No article text was found on this page.' : "This page doesn't look like an article.",
    };
  }

  const { text, pieces } = buildText(root, live, index);
  if (text.length === 0 || (!options.force && text.length < minLength)) {
    return {
      ok: false,
      reason: text.length === 0 ? 'empty' : 'not-article',
      message: text.length === 0 ? 'No article text was found on this page.' : "This page doesn't look like an article.",
    };
  }
  return {
    ok: true,
    article: {
      title: parsed.title?.trim() || doc.title || '',
      byline: parsed.byline ?? null,
      siteName: parsed.siteName ?? null,
      lang: parsed.lang ?? (doc.documentElement.getAttribute('lang') || null),
      text,
      map: new TextMap(pieces),
      readerable,
      english: looksEnglish(text),
    },
  };
}

/**
 * Flattens generic containers nested deeper than `limit` in the clone, so hostile nesting cannot
 * make Readability slow: below each element at depth `limit`, the wrappers go and what they held
 * (text, and other elements with their subtrees) becomes its children, in order. Every node moves
 * once, so this is linear even where moving a subtree costs its size. Text nodes keep their
 * identity, so the text map still holds.
 */
function flattenDeepNesting(doc: Document, limit: number): void {
  const root = doc.documentElement;
  if (!root) return;
  const isWrapper = (n: Node) => n.nodeType === ELEMENT_NODE && WRAPPERS.has((n as Element).tagName.toUpperCase());
  const depth = new Map<Element, number>([[root, 0]]);
  const boundaries: Element[] = [];
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    const d = (depth.get(n.parentElement!) ?? 0) + 1;
    depth.set(n, d);
    if (d === limit && [...n.children].some(isWrapper)) boundaries.push(n);
  }
  for (const boundary of boundaries) {
    const kept: Node[] = [];
    for (const child of [...boundary.childNodes]) {
      if (!isWrapper(child)) {
        kept.push(child);
        continue;
      }
      // the wrapper's contents, wrappers dissolved, in document order
      const stack: Node[] = [child];
      while (stack.length) {
        const n = stack.pop()!;
        if (!isWrapper(n)) kept.push(n);
        else for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
      }
    }
    const fragment = doc.createDocumentFragment();
    for (let i = 0; i < kept.length; i += 1000) fragment.append(...kept.slice(i, i + 1000));
    boundary.replaceChildren(fragment);
  }
}

/**
 * Walks the extracted article (clone) in order, collapsing white space as a browser displays it
 * and separating blocks with a blank line, and records for every kept run of characters the live
 * text node it came from.
 */
function buildText(root: Node, live: Text[], index: Map<Text, number>): { text: string; pieces: TextPiece[] } {
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let length = 0;
  /** 0: at a block start (drop leading space); 1: after a space; 2: after other text. */
  let state = 0;
  let pendingBreak = false;
  let cursor = 0; // next live node to try when a node must be found by its text

  const emit = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const block = () => {
    dropTrailingSpace();
    if (length > 0) pendingBreak = true;
    state = 0;
  };
  let byData: Map<string, number[]> | undefined;
  const take = (j: number) => {
    cursor = j + 1;
    return live[j];
  };
  const liveTwin = (t: Text): Text | undefined => {
    const i = index.get(t);
    if (i !== undefined) return take(i);
    // Re-created by Readability: the same text, next in document order.
    const limit = Math.min(live.length, cursor + RESCAN_WINDOW);
    for (let j = cursor; j < limit; j++) if (live[j]!.data === t.data) return take(j);
    if (!byData) {
      byData = new Map();
      live.forEach((n, j) => {
        const list = byData!.get(n.data);
        if (list) list.push(j);
        else byData!.set(n.data, [j]);
      });
    }
    const candidates = byData.get(t.data);
    if (!candidates) return undefined;
    const j = candidates.find((c) => c >= cursor) ?? candidates[0]!;
    return take(j);
  };

  const addText = (t: Text) => {
    const data = t.data;
    const twin = liveTwin(t);
    let runStart = -1; // start in `data` of the current kept run; `out` holds its characters
    let runTextStart = 0;
    let out = '';
    const closeRun = (end: number) => {
      if (out) emit(out);
      out = '';
      if (runStart >= 0 && twin && end > runStart) {
        pieces.push({ textStart: runTextStart, nodeStart: runStart, length: end - runStart, node: twin });
      }
      runStart = -1;
    };
    const openRun = (k: number) => {
      if (runStart < 0) {
        runStart = k;
        runTextStart = length;
      }
    };
    for (let k = 0; k < data.length; k++) {
      const c = data.charCodeAt(k);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
        if (state === 2) {
          // the first white space after text shows as one space
          openRun(k);
          out += ' ';
          state = 1;
        } else if (runStart >= 0) closeRun(k); // more white space: collapsed away
        continue;
      }
      if (pendingBreak) {
        closeRun(k);
        emit('\n\n');
        pendingBreak = false;
      }
      state = 2;
      openRun(k);
      out += data[k];
    }
    closeRun(data.length);
  };

  /** White space at the end of a block is not shown: take back the space just emitted. */
  const dropTrailingSpace = () => {
    if (state !== 1) return;
    const i = parts.length - 1;
    parts[i] = parts[i]!.slice(0, -1);
    length--;
    const last = pieces[pieces.length - 1];
    if (last && last.textStart + last.length > length) {
      last.length--;
      if (last.length === 0) pieces.pop();
    }
  };

  // Depth-first, with an explicit stack: pages can nest elements deeper than the call stack.
  const walk = (start: Node) => {
    const exits: (Node | null)[] = [];
    let node: Node | null = start.firstChild;
    while (node || exits.length) {
      if (!node) {
        const parent = exits.pop()!;
        if (parent && BLOCK.has((parent as Element).tagName.toUpperCase())) block();
        node = parent?.nextSibling ?? null;
        continue;
      }
      if (node.nodeType === TEXT_NODE) addText(node as Text);
      else if (node.nodeType === ELEMENT_NODE) {
        const tag = (node as Element).tagName.toUpperCase();
        if (!SKIP.has(tag)) {
          if (BLOCK.has(tag)) block();
          exits.push(node);
          node = node.firstChild;
          continue;
        }
      }
      node = node.nextSibling;
    }
  };
  walk(root);
  dropTrailingSpace();

  return { text: parts.join(''), pieces };
}
