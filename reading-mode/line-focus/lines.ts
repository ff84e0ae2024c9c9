/** A line of text on screen, from its top to its bottom in viewport pixels. */
export interface Line {
  top: number;
  bottom: number;
}

/**
 * The lines that `fragments` (the boxes of text, one per line of each text run) make up, top to
 * bottom: boxes that share most of their height sit on one line, whatever their run.
 */
export function mergeLines(fragments: readonly Line[]): Line[] {
  const sorted = fragments.filter((box) => box.bottom > box.top).sort((one, other) => one.top - other.top);
  const lines: Line[] = [];
  for (const box of sorted) {
    const last = lines[lines.length - 1];
    const overlap = last ? Math.min(last.bottom, box.bottom) - Math.max(last.top, box.top) : 0;
    const smaller = last ? Math.min(last.bottom - last.top, box.bottom - box.top) : 0;
    if (last && overlap > smaller / 2) {
      last.top = Math.min(last.top, box.top);
      last.bottom = Math.max(last.bottom, box.bottom);
    } else {
      lines.push({ ...box });
    }
  }
  return lines;
}

/** The index of the line at `y`: the one holding it, or else the nearest; -1 when there are none. */
export function lineAt(lines: readonly Line[], y: number): number {
  let best = -1;
  let bestDistance = Infinity;
  lines.forEach((line, index) => {
    const distance = y < line.top ? line.top - y : y > line.bottom ? y - line.bottom : 0;
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/** The band line focus leaves bright: `count` lines centred on line `index`, fewer at the article's ends. */
export function focusBand(lines: readonly Line[], index: number, count: number): Line | null {
  const around = Math.floor((count - 1) / 2);
  const first = lines[Math.max(0, index - around)];
  const last = lines[Math.min(lines.length - 1, index + around)];
  return first && last ? { top: first.top, bottom: last.bottom } : null;
}

/**
 * The lines of text in `root` between `top` and `bottom` (viewport pixels). Blocks wholly outside are
 * skipped without a look inside, so a long article costs what the screen shows.
 */
export function textLines(root: Element, top: number, bottom: number): Line[] {
  const document = root.ownerDocument;
  const range = document.createRange();
  const fragments: Line[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) {
        return node.nodeValue?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      }
      const box = (node as Element).getBoundingClientRect();
      const outside = box.bottom < top || box.top > bottom;
      return outside ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    range.selectNodeContents(text);
    for (const box of range.getClientRects()) {
      if (box.bottom > top && box.top < bottom && box.width > 0) {
        fragments.push({ top: box.top, bottom: box.bottom });
      }
    }
  }
  return mergeLines(fragments);
}
