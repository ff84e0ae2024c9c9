// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../reader-data/highlights';
import { describeQuote } from './anchor';
import { articleText } from './article-text';
import { HIGHLIGHT_CLASS, clearHighlightMarks, drawHighlights } from './marks';

const body = (html: string): HTMLElement => {
  const element = document.createElement('div');
  element.append(new DOMParser().parseFromString(html, 'text/html').body.cloneNode(true));
  element.replaceChildren(...(element.firstChild?.childNodes ?? []));
  return element;
};

/** A highlight of the first `words` in `root`'s text, as the toolbar would keep it. */
function highlightOf(root: Element, words: string, id = 'a1', note = ''): Highlight {
  const { text } = articleText(root);
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`no "${words}"`);
  return {
    id,
    quote: describeQuote(text, { start, end: start + words.length }),
    color: 'green',
    note,
    at: 1,
  };
}

const markedText = (root: Element, id: string): string =>
  [...root.querySelectorAll(`mark.${HIGHLIGHT_CLASS}[data-highlight-id="${id}"]`)]
    .map((mark) => mark.textContent)
    .join('|');

describe('drawHighlights', () => {
  it('marks a passage across inline markup and paragraphs, one mark per piece of text, and no white space between blocks', () => {
    const html = '<p>The council <em>voted</em> late.</p>\n  <ul>\n <li>Then it adjourned</li></ul>';
    const root = body(html);
    const highlight = highlightOf(root, 'voted late. Then it');
    const drawn = drawHighlights(root, [highlight]);
    expect(markedText(root, 'a1')).toBe('voted| late.|Then it');
    expect(drawn.lost).toEqual([]);
    expect(drawn.marks.get('a1')).toHaveLength(3);
    expect(root.querySelector('ul > mark')).toBeNull();
    const [first, ...others] = drawn.marks.get('a1') ?? [];
    expect(first?.tabIndex).toBe(0);
    expect(others.every((mark) => mark.tabIndex === -1)).toBe(true);
    expect(first?.dataset.color).toBe('green');
  });

  it('takes its marks out again, leaving the markup exactly as it was', () => {
    const html = '<p>The council <em>voted</em> late.</p><p>Then it adjourned.</p>';
    const root = body(html);
    drawHighlights(root, [highlightOf(root, 'council voted late. Then')]);
    clearHighlightMarks(root);
    expect(root.innerHTML).toBe(html);
  });

  it('redraws rather than nesting marks, and says on the last mark that the highlight has a note', () => {
    const root = body('<p>One two three four.</p>');
    const highlight = highlightOf(root, 'two three', 'n1', 'mine');
    drawHighlights(root, [highlight]);
    drawHighlights(root, [highlight]);
    expect(root.querySelectorAll('mark')).toHaveLength(1);
    expect(root.querySelector('mark')?.hasAttribute('data-note')).toBe(true);
    expect(root.querySelector('mark')?.title).toBe('mine');
  });

  it('lists a highlight whose words are gone as lost, and draws nothing for it', () => {
    const before = body('<p>The minister resigned on Tuesday after the vote.</p>');
    const highlight = highlightOf(before, 'resigned on Tuesday after the vote');
    const after = body('<p>Budget talks continue into next week, officials said.</p>');
    const drawn = drawHighlights(after, [highlight]);
    expect(drawn.lost.map((lost) => lost.id)).toEqual(['a1']);
    expect(after.querySelector('mark')).toBeNull();
  });

  it('finds a highlight again after a small edit to the page', () => {
    const before = body('<p>The minister resigned on Tuesday after a long vote in parliament.</p>');
    const highlight = highlightOf(before, 'resigned on Tuesday after a long vote in parliament');
    const after = body('<p>The minister resigned on Tuesday after a lengthy vote in parliament.</p>');
    const drawn = drawHighlights(after, [highlight]);
    expect(drawn.lost).toEqual([]);
    expect(markedText(after, 'a1')).toContain('resigned on Tuesday');
  });

  it('draws two overlapping highlights without losing text: the earlier ends where the later begins', () => {
    const root = body('<p>alpha beta gamma delta epsilon</p>');
    const first = { ...highlightOf(root, 'alpha beta gamma', 'x1'), at: 1 };
    const second = { ...highlightOf(root, 'gamma delta', 'x2'), at: 2 };
    drawHighlights(root, [first, second]);
    expect(markedText(root, 'x1')).toBe('alpha beta ');
    expect(markedText(root, 'x2')).toBe('gamma delta');
    expect(root.textContent).toBe('alpha beta gamma delta epsilon');
  });

  it('marks right-to-left text by its words', () => {
    const root = body('<p dir="rtl">قال الوزير إن الاتفاق سيوقع غدا في القاهرة.</p>');
    drawHighlights(root, [highlightOf(root, 'الاتفاق سيوقع غدا')]);
    expect(markedText(root, 'a1')).toBe('الاتفاق سيوقع غدا');
  });
});
