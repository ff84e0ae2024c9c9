import { givePageATurn } from '../extraction/extract';

/** Blocks drawn at once: several screens of any article, so the reader never sees the rest arrive. */
export const FIRST_PART_BLOCKS = 200;
/** Blocks drawn in each later part, a turn apart: a few tens of milliseconds of work each. */
export const PART_BLOCKS = 1_000;

/** An article being drawn. */
export interface Drawing {
  /** Resolves once every part is in, or drawing was cancelled. */
  done: Promise<void>;
  /** Puts every remaining part in at once: before copying or printing, which need the whole article. */
  finish: () => void;
  /** Stops drawing: reading mode has closed. */
  cancel: () => void;
}

export interface DrawOptions {
  first?: number;
  part?: number;
  /** Resolves once the page has had a turn (default `givePageATurn`). */
  pause?: () => Promise<void>;
}

/**
 * Moves the article's nodes into `target`. A long article's first blocks go in at once and the rest in
 * parts, a turn apart, so that drawing (and the style and layout work each part brings) never holds
 * the tab for long. The blocks are the children of the article's outermost container that holds more
 * than one element: Readability wraps the story in a `<div>` or two.
 */
export function drawInParts(target: Element, content: DocumentFragment, options: DrawOptions = {}): Drawing {
  const { first = FIRST_PART_BLOCKS, part = PART_BLOCKS, pause = givePageATurn } = options;
  let container: ParentNode = content;
  while (container.childElementCount === 1 && !hasOwnText(container) && container.firstElementChild) {
    container = container.firstElementChild;
  }
  const cutAt = container.childNodes[first];
  const lastNode = container.lastChild;
  if (!cutAt || !lastNode) {
    target.replaceChildren(content);
    return { done: Promise.resolve(), finish: () => undefined, cancel: () => undefined };
  }
  const range = target.ownerDocument.createRange();
  range.setStartBefore(cutAt);
  range.setEndAfter(lastNode);
  const rest = range.extractContents();
  target.replaceChildren(content);
  // The container is now in the page (or, when the blocks sat at the top, the target is).
  const live: ParentNode = container === content ? target : container;

  let cancelled = false;
  const drawPart = (count: number): void => {
    const next = target.ownerDocument.createDocumentFragment();
    for (let drawn = 0; drawn < count && rest.firstChild; drawn += 1) next.append(rest.firstChild);
    live.append(next);
  };
  const done = (async () => {
    while (rest.firstChild) {
      await pause();
      if (cancelled) return;
      drawPart(part);
    }
  })();
  return {
    done,
    finish: () => {
      if (!cancelled) live.append(rest);
    },
    cancel: () => {
      cancelled = true;
    },
  };
}

function hasOwnText(node: ParentNode): boolean {
  for (const child of node.childNodes) {
    if (child.nodeType === 3 && child.textContent?.trim()) return true;
  }
  return false;
}
