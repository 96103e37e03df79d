/* The page's visible text as text-fragment.ts models it: each block's text with whitespace collapsed, blocks
   joined by "\n", and a way to turn a DOM Range into offsets in that text. It mirrors what a browser searches
   when it opens a #:~:text= link, so a directive checked against it resolves the same way there. */
import { BLOCK, type Span } from '../../lib/text-fragment';

interface Piece {
  node: Text;
  /** Flat-text offset of each character of node.data, and of its end. */
  offsets: Int32Array;
}

export interface PageText {
  text: string;
  /** Offsets of a DOM range in `text`, or null when it lies outside the modelled text. */
  spanOf(range: Range): Span | null;
}

const skipped = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'SELECT']);

/** Models the text under `root`, leaving out elements marked data-share-ignore (our own controls). */
export function pageText(root: HTMLElement = document.body): PageText {
  const blockOf = new Map<Element, Element>();
  const isInline = (el: Element) => /^(inline|contents)/.test(getComputedStyle(el).display);
  const block = (el: Element): Element => {
    const known = blockOf.get(el);
    if (known) return known;
    const found = isInline(el) && el.parentElement && el !== root ? block(el.parentElement) : el;
    blockOf.set(el, found);
    return found;
  };

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node instanceof Element) {
        if (skipped.has(node.tagName) || node.hasAttribute('data-share-ignore')) return NodeFilter.FILTER_REJECT;
        // Closed <details> content is searched too (browsers open it for a match), so only display:none hides.
        if (getComputedStyle(node).display === 'none') return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });

  let text = '';
  let lastBlock: Element | null = null;
  const pieces: Piece[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const t = node as Text;
    const owner = t.parentElement ? block(t.parentElement) : root;
    if (lastBlock && owner !== lastBlock && text && !text.endsWith(BLOCK)) {
      text = text.replace(/ $/, '') + BLOCK;
    }
    lastBlock = owner;
    const offsets = new Int32Array(t.data.length + 1);
    for (let i = 0; i < t.data.length; i++) {
      offsets[i] = text.length;
      const ch = t.data[i] as string;
      if (/\s/.test(ch) && ch !== '\u00a0') {
        if (text && !text.endsWith(' ') && !text.endsWith(BLOCK)) text += ' ';
      } else {
        text += ch === '\u00a0' ? ' ' : ch;
      }
    }
    offsets[t.data.length] = text.length;
    pieces.push({ node: t, offsets });
  }

  function boundary(container: Node, offset: number, side: 'start' | 'end'): number | null {
    const own = pieces.find((p) => p.node === container);
    if (own) return own.offsets[Math.min(offset, own.node.data.length)] ?? null;
    const point = document.createRange();
    point.setStart(container, offset);
    if (side === 'start') {
      const next = pieces.find((p) => point.comparePoint(p.node, 0) >= 0);
      return next ? (next.offsets[0] ?? null) : null;
    }
    const before = pieces.findLast((p) => point.comparePoint(p.node, p.node.data.length) <= 0);
    return before ? (before.offsets[before.node.data.length] ?? null) : null;
  }

  return {
    text,
    spanOf(range) {
      const start = boundary(range.startContainer, range.startOffset, 'start');
      const end = boundary(range.endContainer, range.endOffset, 'end');
      return start === null || end === null || end <= start ? null : { start, end };
    },
  };
}
