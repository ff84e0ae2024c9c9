// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';
import { KEY_QUOTE_CLASS, markKeyQuotes } from './key-quotes';

function article(): HTMLElement {
  const element = document.createElement('article');
  for (const text of [
    'The council voted on Thursday.',
    '“This wall is the difference between a town that floods and one that endures,” said Vasquez.',
    '“They will kill the harbour that built it,” Lindqvist said.',
  ]) {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    element.append(paragraph);
  }
  return element;
}

describe('markKeyQuotes', () => {
  it('marks the paragraphs that hold the key quotes, and only those', () => {
    const root = article();
    const count = markKeyQuotes(root, [
      'This wall is the difference between a town that floods and one that endures',
      'They will kill the harbour that built it',
      'A quote the article does not hold',
    ]);
    expect(count).toBe(2);
    const marked = [...root.children].map((paragraph) => paragraph.classList.contains(KEY_QUOTE_CLASS));
    expect(marked).toEqual([false, true, true]);
  });

  it('replaces earlier marks, and survives the popup’s highlights', () => {
    const root = article();
    markKeyQuotes(root, ['They will kill the harbour that built it']);
    markKeyQuotes(root, ['This wall is the difference between a town that floods']);
    highlight(root, { kind: 'person', names: ['Vasquez'] });
    highlight(root, { kind: 'none' });
    expect(root.querySelectorAll(`.${KEY_QUOTE_CLASS}`)).toHaveLength(1);
    markKeyQuotes(root, []);
    expect(root.querySelector('[class]')).toBeNull();
  });
});
