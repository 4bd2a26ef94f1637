import type { Reference } from '../core/recognize/types';
import type { TextBlock } from './text-blocks';

/**
 * The one module that changes the page. It wraps each recognised reference in <reslens-ref> elements
 * (one per text node the reference spans) and can undo every change: `removeAll()` puts the original
 * text nodes back and merges the pieces it split, so the DOM is as it was.
 *
 * Hostile and framework-driven pages (tests/e2e/hostile.spec.ts):
 * - a page that defines its own `reslens-ref` element takes over new marks; the highlighter notices the
 *   element did not keep the text it was given and switches to a tag no page can know in advance;
 * - a framework that keeps a reference to a text node and rewrites its `data` would show the old pieces
 *   beside the new text; `discardOrigin()` drops every mark and piece made from that node instead.
 */
export const MARK_TAG = 'reslens-ref';
/** Every mark carries this attribute, whatever its tag: code and CSS select marks by it. */
export const MARK_ATTR = 'data-reslens-mark';
export const MARK_SELECTOR = `[${MARK_ATTR}]`;

export interface Mark {
  key: number;
  ref: Reference;
  elements: HTMLElement[];
}

export class Highlighter {
  private readonly marks = new Map<number, Mark>();
  /** Text nodes created by splitting, with the page's node they came from. */
  private readonly created = new Map<Text, Text>();
  /** The page's text node each mark element was cut from, and the marks cut from each node. */
  private readonly originOf = new WeakMap<HTMLElement, Text>();
  private readonly marksFrom = new Map<Text, Set<Mark>>();
  private nextKey = 0;
  private tag = MARK_TAG;

  get all(): readonly Mark[] {
    return [...this.marks.values()];
  }

  get tagName(): string {
    return this.tag;
  }

  /** True when `node` is a page text node some marks were cut from. */
  isOrigin(node: Node): node is Text {
    return node instanceof Text && this.marksFrom.has(node);
  }

  /** Wraps the references found in one block. Offsets in `refs` are into `block.text`. */
  highlight(block: TextBlock, refs: Reference[]): Mark[] {
    const added: Mark[] = [];
    // Last reference first: splitting a node never moves the offsets of earlier references.
    for (const ref of [...refs].reverse()) {
      const mark: Mark = { key: this.nextKey++, ref, elements: [] };
      for (let i = block.nodes.length - 1; i >= 0; i--) {
        const node = block.nodes[i];
        const offset = block.offsets[i] ?? 0;
        if (!node || !node.parentNode) continue;
        const from = Math.max(ref.start, offset) - offset;
        const to = Math.min(ref.end, offset + node.data.length) - offset;
        if (from >= to) continue;
        const el = this.wrap(node, from, to, mark);
        if (el) mark.elements.unshift(el);
      }
      const first = mark.elements[0];
      if (first) {
        // One tab stop per reference, on its first piece; screen readers hear a button that opens a card.
        first.tabIndex = 0;
        first.setAttribute('role', 'button');
        first.setAttribute('aria-haspopup', 'dialog');
        first.setAttribute('aria-expanded', 'false');
        this.marks.set(mark.key, mark);
        added.push(mark);
      }
    }
    return added.reverse();
  }

  private wrap(node: Text, from: number, to: number, mark: Mark): HTMLElement | undefined {
    if (node.data.slice(from, to).trim() === '') return undefined;
    const origin = this.created.get(node) ?? node;
    let target = node;
    if (from > 0) {
      target = node.splitText(from);
      this.created.set(target, origin);
    }
    if (to - from < target.data.length) this.created.set(target.splitText(to - from), origin);
    let el = this.insert(target, mark);
    if (!el) {
      // The page defined this tag and its element rewrote or hid what it was given.
      this.tag = `reslens-ref-${Math.random().toString(36).slice(2, 10)}`;
      el = this.insert(target, mark);
      if (!el) return undefined;
    }
    this.originOf.set(el, origin);
    if (!this.marksFrom.has(origin)) this.marksFrom.set(origin, new Set());
    this.marksFrom.get(origin)?.add(mark);
    return el;
  }

  /** Puts `target` inside a new mark element; undoes it and answers undefined if the element misbehaves. */
  private insert(target: Text, mark: Mark): HTMLElement | undefined {
    const text = target.data;
    const el = target.ownerDocument.createElement(this.tag);
    el.setAttribute(MARK_ATTR, '');
    el.dataset.refId = mark.ref.id;
    el.dataset.refKey = String(mark.key);
    el.dataset.status = 'pending';
    target.parentNode?.replaceChild(el, target);
    el.appendChild(target);
    if (el.childNodes.length === 1 && el.firstChild === target && target.data === text && !el.shadowRoot)
      return el;
    if (el.firstChild !== target) el.replaceChildren(target);
    target.data = text;
    el.replaceWith(target);
    return undefined;
  }

  setStatus(mark: Mark, status: string): void {
    for (const el of mark.elements) el.dataset.status = status;
  }

  /**
   * A framework rewrote a text node some marks were cut from: its new text is the truth. The marks and
   * pieces made from it go; the node itself is put back where its first piece was.
   */
  discardOrigin(origin: Text): Mark[] {
    const affected = [...(this.marksFrom.get(origin) ?? [])];
    for (const mark of affected) {
      for (const el of mark.elements) {
        if (this.originOf.get(el) !== origin) this.unwrap(el);
        else if (el.contains(origin)) el.replaceWith(origin);
        else el.remove();
      }
      this.marks.delete(mark.key);
    }
    for (const [piece, from] of this.created) {
      if (from !== origin) continue;
      piece.remove();
      this.created.delete(piece);
    }
    this.marksFrom.delete(origin);
    return affected;
  }

  /** Restores the page exactly: unwraps every mark and merges the text nodes split to make them. */
  removeAll(): void {
    for (const mark of this.marks.values()) for (const el of mark.elements) this.unwrap(el);
    // Merge every split piece back into the text before it, left to right. Pieces of marks the page
    // itself detached or unwrapped are merged too.
    const pieces = [...this.created.keys()].filter((t) => t.isConnected);
    pieces.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const piece of pieces) {
      const prev = piece.previousSibling;
      if (prev instanceof Text) {
        prev.appendData(piece.data);
        piece.remove();
      }
    }
    this.marks.clear();
    this.created.clear();
    this.marksFrom.clear();
  }

  private unwrap(el: HTMLElement): void {
    const parent = el.parentNode;
    if (!parent) return;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
  }
}
