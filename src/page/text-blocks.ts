import { MARK_ATTR } from './highlighter';

/**
 * Collects a page's readable text as blocks: the text nodes under one block-level ancestor, in order,
 * so that a reference split across inline elements ("Resolution <b>140</b> (Rev. …)") is read whole.
 */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CODE',
  'PRE',
  'RESLENS-REF',
  'RESLENS-TOOLTIP',
]);
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'INS',
  'DEL',
  'LABEL',
  'RESLENS-REF',
]);

export interface TextBlock {
  nodes: Text[];
  /** Start offset of each node's text in `text`. */
  offsets: number[];
  text: string;
  container: Element;
}

function skipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute(MARK_ATTR)) return true;
  // The attribute, not isContentEditable: that getter can force a style recalculation per element, and
  // an editable element is rejected with everything inside it anyway.
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** A root inside a form field, script, editor or mark (content added there later) holds nothing to mark. */
function insideSkipped(root: Element): boolean {
  for (let el: Element | null = root; el; el = el.parentElement) if (skipped(el)) return true;
  return false;
}

function blockOf(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? root;
}

/** Text blocks under `root`, skipping form fields, editable regions, code and ResLens's own elements. */
/**
 * The blocks under `root`, one at a time, so a scan can stop at its time budget and resume later: a
 * huge page is never walked in one go.
 */
export function* blocksIn(root: Element): Generator<TextBlock> {
  if (insideSkipped(root) || root.ownerDocument.designMode === 'on') return;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE)
        return skipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      return (node.nodeValue?.trim().length ?? 0) > 0 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  let current: TextBlock | undefined;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const container = blockOf(text, root);
    if (!current || current.container !== container) {
      // A block without a digit cannot hold a reference: the recognizer never sees it.
      if (current && /\d/.test(current.text)) yield current;
      current = { nodes: [], offsets: [], text: '', container };
    }
    current.offsets.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  if (current && /\d/.test(current.text)) yield current;
}

export function collectBlocks(root: Element): TextBlock[] {
  return [...blocksIn(root)];
}
