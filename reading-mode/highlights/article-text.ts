import { BLOCK_TAGS } from '../../extraction/text';

/** A point in the article's DOM: a text node and an offset in it. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * The article's text as one string, as a reader sees it: runs of white space as one space, and one
 * space between blocks, so a passage reads the same however the page wraps, indents or tags it. Each
 * character knows where it came from, so places in the string and in the DOM map both ways.
 */
export interface ArticleText {
  text: string;
  /** The DOM point of the character at `offset` (the end of the text for `text.length`). */
  pointAt(offset: number): TextPoint | null;
  /** The character offset of a DOM boundary point (a Range's start or end), or null outside the article. */
  offsetOf(container: Node, offset: number): number | null;
}

/** The nearest block around `node`, inside `root`. */
function blockOf(node: Node, root: Element): Node {
  for (let at = node.parentNode; at && at !== root; at = at.parentNode) {
    if (at instanceof Element && BLOCK_TAGS.has(at.tagName)) return at;
  }
  return root;
}

/** The text of the article under `root`, with its map back to the DOM. */
export function articleText(root: Element): ArticleText {
  const nodes: Text[] = [];
  // For each character of `text`: the node (index into `nodes`) and the offset in it it stands for.
  const charNode: number[] = [];
  const charOffset: number[] = [];
  // For each node: the index of its first character in `text` (or of the next node's, when it adds none).
  const nodeStart: number[] = [];
  let text = '';
  let lastBlock: Node | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const index = nodes.push(node) - 1;
    const block = blockOf(node, root);
    const value = node.data;
    if (lastBlock && block !== lastBlock && /\S/u.test(value) && text !== '' && !text.endsWith(' ')) {
      text += ' ';
      charNode.push(index);
      charOffset.push(0);
    }
    nodeStart.push(text.length);
    for (let offset = 0; offset < value.length; offset += 1) {
      const character = value[offset] ?? '';
      const space = /\s/u.test(character);
      if (space && (text === '' || text.endsWith(' '))) continue;
      text += space ? ' ' : character;
      charNode.push(index);
      charOffset.push(offset);
    }
    if (/\S/u.test(value)) lastBlock = block;
  }

  const pointAt = (offset: number): TextPoint | null => {
    if (offset < 0 || offset > text.length || nodes.length === 0) return null;
    if (offset === text.length) {
      const last = nodes[nodes.length - 1];
      return last ? { node: last, offset: last.length } : null;
    }
    const node = nodes[charNode[offset] ?? -1];
    return node ? { node, offset: charOffset[offset] ?? 0 } : null;
  };

  const offsetOfText = (node: Text, offset: number): number | null => {
    const index = nodes.indexOf(node);
    if (index === -1) return null;
    const start = nodeStart[index] ?? text.length;
    const end = nodeStart[index + 1] ?? text.length;
    for (let at = start; at < end; at += 1) {
      if (charNode[at] === index && (charOffset[at] ?? 0) >= offset) return at;
    }
    return end;
  };

  const offsetOf = (container: Node, offset: number): number | null => {
    if (!root.contains(container)) return null;
    if (container instanceof Text) return offsetOfText(container, offset);
    // A boundary between children: the first text at or after it.
    const after = container.childNodes[offset] ?? null;
    const next = nodes.find((node) =>
      after
        ? after === node ||
          after.contains(node) ||
          Boolean(after.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)
        : Boolean(container.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) &&
          !container.contains(node),
    );
    return next ? offsetOfText(next, 0) : text.length;
  };

  return { text, pointAt, offsetOf };
}
