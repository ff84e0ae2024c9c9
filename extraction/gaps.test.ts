// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { numberParagraphs, restoreDroppedParagraphs } from './gaps';

const PROSE = (n: number): string =>
  `<p>Paragraph ${n} of the story goes on long enough to read as prose, with no link in it.</p>`;

/** Numbers a page's paragraphs, then plays Readability: keeps the blocks at `kept` as its article. */
function readAndKeep(page: string, kept: number[]): { content: Element; blocks: Element[] } {
  const document = new DOMParser().parseFromString(page, 'text/html');
  const blocks = numberParagraphs(document);
  const content = document.createElement('div');
  for (const index of kept) content.append(blocks[index]?.cloneNode(true) ?? '');
  return { content, blocks };
}

const texts = (content: Element): string[] =>
  [...content.children].map((block) => (block.textContent ?? '').slice(0, 12));

describe('restoreDroppedParagraphs', () => {
  it('puts back prose and its heading dropped between two kept paragraphs, without the numbers', () => {
    const page = `<div>${PROSE(0)}</div><div>${PROSE(1)}<h3>Open hours</h3>${PROSE(2)}</div><div>${PROSE(3)}</div>`;
    const { content, blocks } = readAndKeep(page, [0, 4]);
    restoreDroppedParagraphs(content, blocks);
    expect(texts(content)).toEqual([
      'Paragraph 0 ',
      'Paragraph 1 ',
      'Open hours',
      'Paragraph 2 ',
      'Paragraph 3 ',
    ]);
    expect(content.innerHTML).not.toContain('data-crux-order');
  });

  it('leaves out gaps that hold a teaser, a link list or a short label, and what lies outside the story', () => {
    const page = [
      PROSE(0),
      '<p>Ever come home from a day of shopping and wondered why you bought it? As it… <a href="/x">Read more</a></p>',
      PROSE(2),
      '<p><a href="/a">Most read story of the day, and another link about it all</a></p>',
      PROSE(4),
      '<p>Advertisement</p>',
      PROSE(6),
      PROSE(7),
    ].join('');
    const { content, blocks } = readAndKeep(page, [0, 2, 4, 6]);
    restoreDroppedParagraphs(content, blocks);
    expect(texts(content)).toEqual(['Paragraph 0 ', 'Paragraph 2 ', 'Paragraph 4 ', 'Paragraph 6 ']);
  });
});
