/**
 * A map between offsets in the article text and positions in the live page's text nodes.
 *
 * The article text is built from the live text nodes with white space collapsed and paragraph
 * breaks inserted, so the map is a sorted list of pieces, each an affine run where article text
 * character `textStart + k` is character `nodeStart + k` of `node`. Characters the extractor added
 * (paragraph breaks) belong to no piece.
 */
export interface TextPiece {
  textStart: number;
  nodeStart: number;
  length: number;
  node: Text;
}

export interface DomPosition {
  node: Text;
  offset: number;
}

export class TextMap {
  readonly pieces: readonly TextPiece[];
  private byNode: Map<Text, number[]> | undefined;

  constructor(pieces: TextPiece[]) {
    this.pieces = pieces;
  }

  /** Index of the last piece with textStart <= offset, or -1. */
  private pieceAt(offset: number): number {
    let lo = 0;
    let hi = this.pieces.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.pieces[mid]!.textStart <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * The live position of a text offset. `bias` says which way to go when the offset falls in a gap
   * between pieces (added white space): 'forward' for the start of a range, 'backward' for its end.
   */
  position(offset: number, bias: 'forward' | 'backward'): DomPosition | null {
    const i = this.pieceAt(offset);
    const piece = i >= 0 ? this.pieces[i]! : undefined;
    if (piece && offset <= piece.textStart + piece.length) {
      const k = offset - piece.textStart;
      if (bias === 'forward' && k === piece.length) {
        const next = this.pieces[i + 1];
        if (next) return { node: next.node, offset: next.nodeStart };
      }
      return { node: piece.node, offset: piece.nodeStart + k };
    }
    if (bias === 'forward') {
      const next = this.pieces[i + 1];
      return next ? { node: next.node, offset: next.nodeStart } : null;
    }
    return piece ? { node: piece.node, offset: piece.nodeStart + piece.length } : null;
  }

  /**
   * A live Range for the article text [start, end), or null when the text is no longer in the
   * page (a node was removed) or the span maps to nothing.
   */
  toRange(start: number, end: number): Range | null {
    const a = this.position(start, 'forward');
    const b = this.position(end, 'backward');
    if (!a || !b) return null;
    if (!a.node.isConnected || !b.node.isConnected) return null;
    if (a.offset > a.node.length || b.offset > b.node.length) return null;
    const range = a.node.ownerDocument.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      return null;
    }
    return range.collapsed ? null : range;
  }

  /** The article text offset of a live position, or null when that node is not in the article. */
  offsetOf(node: Node, offset: number): number | null {
    if (!this.byNode) {
      this.byNode = new Map();
      this.pieces.forEach((p, i) => {
        const list = this.byNode!.get(p.node);
        if (list) list.push(i);
        else this.byNode!.set(p.node, [i]);
      });
    }
    const list = this.byNode.get(node as Text);
    if (!list) return null;
    let best: TextPiece | undefined;
    for (const i of list) {
      const p = this.pieces[i]!;
      if (p.nodeStart <= offset) best = p;
    }
    best ??= this.pieces[list[0]!]!;
    return best.textStart + Math.min(Math.max(offset - best.nodeStart, 0), best.length);
  }
}
