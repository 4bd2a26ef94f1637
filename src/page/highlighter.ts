import type { Reference } from '../core/recognize/types';
import type { TextBlock } from './text-blocks';

/**
 * The one module that changes the page. It wraps each recognised reference in <reslens-ref> elements
 * (one per text node the reference spans) and can undo every change: `removeAll()` puts the original
 * text nodes back and merges the pieces it split, so the DOM is as it was.
 */
export const MARK_TAG = 'reslens-ref';

export interface Mark {
  key: number;
  ref: Reference;
  elements: HTMLElement[];
}

export class Highlighter {
  private readonly marks: Mark[] = [];
  /** Text nodes this highlighter created by splitting, to be merged back on removal. */
  private readonly created = new WeakSet<Text>();
  private nextKey = 0;

  get all(): readonly Mark[] {
    return this.marks;
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
        this.marks.push(mark);
        added.push(mark);
      }
    }
    return added.reverse();
  }

  private wrap(node: Text, from: number, to: number, mark: Mark): HTMLElement | undefined {
    if (node.data.slice(from, to).trim() === '') return undefined;
    let target = node;
    if (from > 0) {
      target = node.splitText(from);
      this.created.add(target);
    }
    if (to - from < target.data.length) this.created.add(target.splitText(to - from));
    const el = node.ownerDocument.createElement(MARK_TAG);
    el.dataset.refId = mark.ref.id;
    el.dataset.refKey = String(mark.key);
    el.dataset.status = 'pending';
    target.parentNode?.replaceChild(el, target);
    el.appendChild(target);
    return el;
  }

  setStatus(mark: Mark, status: string): void {
    for (const el of mark.elements) el.dataset.status = status;
  }

  /** Restores the page exactly: unwraps every mark and merges the text nodes split to make it. */
  removeAll(): void {
    for (const mark of this.marks) {
      for (const el of mark.elements) {
        const parent = el.parentNode;
        if (!parent) continue;
        const children = [...el.childNodes];
        for (const child of children) parent.insertBefore(child, el);
        parent.removeChild(el);
        for (const child of children) if (child instanceof Text) this.mergeAround(child);
      }
    }
    this.marks.length = 0;
  }

  private mergeAround(text: Text): void {
    // Merge forward pieces we created into this node, then this node into a previous sibling when we created it.
    let next = text.nextSibling;
    while (next instanceof Text && this.created.has(next)) {
      text.appendData(next.data);
      next.remove();
      next = text.nextSibling;
    }
    const prev = text.previousSibling;
    if (prev instanceof Text && this.created.has(text)) {
      prev.appendData(text.data);
      text.remove();
    }
  }
}
