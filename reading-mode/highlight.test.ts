// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { clearHighlights, highlight } from './highlight';

const ARTICLE = `
  <h1>Harbour city votes to rebuild its seawall</h1>
  <p>Mayor Elena Vasquez said the wall would protect <b>3,200 homes</b>. Vasquez's plan costs $48 million.</p>
  <p>“They are building a wall to save the town and they will kill the harbour that built it,” Lindqvist said.</p>
  <p>Vasquezian rhetoric aside, Elena Vasquez promised talks.</p>`;

let article: HTMLElement;
beforeEach(() => {
  article = document.createElement('article');
  article.innerHTML = ARTICLE; // eslint-disable-line no-unsanitized/property -- test markup written above
});

describe('highlight', () => {
  it('marks every mention of a person, whole names only, possessives included', () => {
    expect(highlight(article, { kind: 'person', names: ['Elena Vasquez', 'Vasquez'] })).toBe(3);
    expect([...article.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Elena Vasquez',
      'Vasquez',
      'Elena Vasquez',
    ]);
  });

  it('marks the paragraph of a quote, whatever its quotation marks', () => {
    const text = 'They are building a wall to save the town and they will kill the harbour that built it';
    expect(highlight(article, { kind: 'quote', text })).toBe(1);
    expect(article.querySelector('.crux-quote-highlight')?.textContent).toContain('Lindqvist said');
  });

  it('clears the previous marks, leaving the article exactly as it was', () => {
    const before = article.innerHTML;
    highlight(article, { kind: 'person', names: ['Vasquez'] });
    highlight(article, { kind: 'quote', text: 'They are building a wall to save the town' });
    expect(article.querySelectorAll('mark')).toHaveLength(0);
    clearHighlights(article);
    expect(article.innerHTML).toBe(before);
    expect(highlight(article, { kind: 'none' })).toBe(0);
  });

  it('marks nothing for a name or quote the article does not hold', () => {
    expect(highlight(article, { kind: 'person', names: ['Margaret Osei'] })).toBe(0);
    expect(highlight(article, { kind: 'quote', text: 'Nobody said this at all' })).toBe(0);
  });
});
