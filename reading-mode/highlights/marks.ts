import type { Highlight } from '../../reader-data/highlights';
import { anchorQuote, type TextSpan } from './anchor';
import { articleText, type ArticleText } from './article-text';
import { removeMarks } from '../highlight';

/** The class of the marks that draw the reader's highlights; removing them restores the text exactly. */
export const HIGHLIGHT_CLASS = 'crux-highlight';

/** Where each highlight was drawn, and those that could not be placed any more. */
export interface DrawnHighlights {
  /** The marks of each highlight placed, by its id, in document order. */
  marks: Map<string, HTMLElement[]>;
  /** The highlights whose words are no longer in the article (or not with confidence), in reading order. */
  lost: Highlight[];
}

/** Takes the highlights' marks out of `body`, joining the text they had split. */
export function clearHighlightMarks(body: Element): void {
  removeMarks(body, HIGHLIGHT_CLASS);
}

/** The first mark of the highlight `id` in `body`: where it begins, and its stop for the keyboard. */
export function firstMarkOf(body: ParentNode, id: string): HTMLElement | null {
  return body.querySelector<HTMLElement>(`mark.${HIGHLIGHT_CLASS}[data-highlight-id="${CSS.escape(id)}"]`);
}

/**
 * Draws `highlights` in `body` as marks, each found again by its quote (`anchorQuote`), and says which
 * could not be placed: those are never put on other words. Marks drawn before are replaced.
 */
export function drawHighlights(body: Element, highlights: Highlight[]): DrawnHighlights {
  clearHighlightMarks(body);
  const text = articleText(body);
  const placed: { highlight: Highlight; span: TextSpan }[] = [];
  const lost: Highlight[] = [];
  for (const highlight of highlights) {
    const span = anchorQuote(text.text, highlight.quote);
    if (span) placed.push({ highlight, span });
    else lost.push(highlight);
  }
  // Later marks are drawn first: splitting text after a place leaves the points before it valid.
  placed.sort((one, other) => other.span.start - one.span.start || one.highlight.at - other.highlight.at);
  const marks = new Map<string, HTMLElement[]>();
  let nextStart = Infinity;
  for (const { highlight, span } of placed) {
    // Highlights may come to overlap after an edit: the earlier one ends where the later one begins.
    const end = Math.min(span.end, nextStart);
    if (end > span.start)
      marks.set(highlight.id, markSpan(body, text, { start: span.start, end }, highlight));
    nextStart = Math.min(nextStart, span.start);
  }
  lost.sort((one, other) => one.quote.start - other.quote.start);
  return { marks, lost };
}

/** Wraps the text of `span` in marks, one per text node it covers; returns them in document order. */
function markSpan(body: Element, text: ArticleText, span: TextSpan, highlight: Highlight): HTMLElement[] {
  const start = text.pointAt(span.start);
  // The end point is the last character's, one past it: `pointAt(end)` may be in the next block.
  const last = text.pointAt(span.end - 1);
  if (!start || !last) return [];
  const document = body.ownerDocument;
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  walker.currentNode = start.node;
  for (let node: Node | null = start.node; node; node = walker.nextNode()) {
    if (node instanceof Text) nodes.push(node);
    if (node === last.node) break;
  }
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const from = node === start.node ? start.offset : 0;
    const to = node === last.node ? last.offset + 1 : node.length;
    // White space between blocks (inside a list, say) is no text of the passage: a mark there is not valid.
    if (to <= from || !/\S/u.test(node.data.slice(from, to))) continue;
    if (to < node.length) node.splitText(to);
    const inside = from > 0 ? node.splitText(from) : node;
    const mark = document.createElement('mark');
    mark.className = HIGHLIGHT_CLASS;
    mark.dataset.highlightId = highlight.id;
    mark.dataset.color = highlight.color;
    // The first mark of each highlight is a stop for the keyboard: Enter there opens its toolbar.
    if (marks.length === 0) mark.tabIndex = 0;
    inside.replaceWith(mark);
    mark.append(inside);
    marks.push(mark);
  }
  const lastMark = marks[marks.length - 1];
  if (lastMark && highlight.note !== '') lastMark.dataset.note = '';
  // The note shows on hover, and screen readers give it as the highlight's description.
  if (highlight.note !== '') for (const mark of marks) mark.title = highlight.note;
  return marks;
}
