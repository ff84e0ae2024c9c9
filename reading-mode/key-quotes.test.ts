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

  it('marks thousands of quotes in one go, each in its own paragraph, ignoring those it does not hold', () => {
    const root = document.createElement('article');
    const quotes: string[] = [];
    for (let index = 0; index < 3000; index += 1) {
      const paragraph = document.createElement(index % 10 === 0 ? 'blockquote' : 'p');
      paragraph.textContent = `Paragraph ${index}. “Quote ${index} says the harbour wall matters,” said Speaker ${index}.`;
      root.append(paragraph);
      if (index % 3 !== 0) quotes.push(`Quote ${index} says the harbour wall matters`);
    }
    for (let index = 0; index < 1000; index += 1) quotes.push(`Quote ${3000 + index} was never said here`);
    quotes.push(...quotes.slice(0, 500));

    expect(markKeyQuotes(root, quotes)).toBe(2000);
    const marked = [...root.children].map((block) => block.classList.contains(KEY_QUOTE_CLASS));
    expect(marked).toEqual([...root.children].map((_, index) => index % 3 !== 0));
  });

  it('marks the outermost block that holds a quote, and matches whole words only', () => {
    const markup =
      '<p>The seawall is the difference, they said.</p>' +
      '<blockquote><p>“The wall is the difference,” said Vasquez.</p></blockquote>';
    const root = document.createElement('article');
    root.innerHTML = markup; // eslint-disable-line no-unsanitized/property -- test markup written above
    expect(markKeyQuotes(root, ['wall is the difference'])).toBe(1);
    expect(root.querySelector(`.${KEY_QUOTE_CLASS}`)?.localName).toBe('blockquote');
  });
});
