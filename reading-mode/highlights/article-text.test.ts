// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { anchorQuote, describeQuote } from './anchor';
import { articleText } from './article-text';

const article = (html: string): Element =>
  new DOMParser().parseFromString(`<article>${html}</article>`, 'text/html').body
    .firstElementChild as Element;

describe('articleText', () => {
  it('reads the article as a reader sees it: white space as one space, one space between blocks', () => {
    const root = article(
      '<h2>  The   vote </h2>\n<p>The council <em>voted</em>\n   to rebuild.</p><ul><li>One</li><li>Two</li></ul>',
    );
    expect(articleText(root).text).toBe('The vote The council voted to rebuild. One Two');
  });

  it('maps a passage across inline markup and paragraphs back to the DOM, and a DOM range to the passage', () => {
    const root = article(
      '<p>The council <em>voted to</em> rebuild.</p><p>Fishermen <a href="#">objected</a> at once.</p>',
    );
    const model = articleText(root);
    const start = model.text.indexOf('voted');
    const end = model.text.indexOf(' at once');
    const from = model.pointAt(start);
    const to = model.pointAt(end);
    expect(from?.node.data).toBe('voted to');
    expect(to?.node.data).toBe(' at once.');
    const range = document.createRange();
    if (!from || !to) throw new Error('no points');
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    expect(range.toString()).toBe('voted to rebuild.Fishermen objected');
    expect(model.offsetOf(range.startContainer, range.startOffset)).toBe(start);
    expect(model.offsetOf(range.endContainer, range.endOffset)).toBe(end);
    // Element boundaries too: the start of the second paragraph.
    expect(model.offsetOf(root, 1)).toBe(model.text.indexOf('Fishermen'));
  });

  it('finds a highlight again after the page changed its white space and wrapping', () => {
    const before = articleText(article('<p>The council voted to rebuild the seawall.</p>'));
    const span = { start: before.text.indexOf('voted'), end: before.text.indexOf(' the seawall') };
    const quote = describeQuote(before.text, span);
    const after = articleText(
      article('<p>The council\n      voted   to <strong>rebuild</strong>\n the seawall.</p>'),
    );
    const found = anchorQuote(after.text, quote);
    expect(found && after.text.slice(found.start, found.end)).toBe('voted to rebuild');
  });

  it('answers null outside the article', () => {
    const model = articleText(article('<p>Text.</p>'));
    expect(model.offsetOf(document.body, 0)).toBeNull();
    expect(model.pointAt(-1)).toBeNull();
    expect(model.pointAt(model.text.length)?.offset).toBe(5);
  });
});
