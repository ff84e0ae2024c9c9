// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_ENTRY_CHARACTERS, contentsHeadings } from './headings';

/** An article body as reading mode receives it: parsed markup, never assigned as HTML. */
function body(markup: string): HTMLElement {
  return new DOMParser().parseFromString(`<div>${markup}</div>`, 'text/html').body;
}

const listed = (markup: string, title?: string) =>
  contentsHeadings(body(markup), title).map(({ text, level, element }) => [level, text, element.tagName]);

describe('contentsHeadings', () => {
  it('lists the two highest heading levels as 1 and 2, in order, and leaves deeper ones out', () => {
    expect(
      listed(`
        <h2>Where the river starts</h2><p>Text.</p>
        <h3>The spring</h3><h4>A detail</h4><p>Text.</p>
        <h3>The first mill</h3>
        <h2>Where it ends</h2>`),
    ).toEqual([
      [1, 'Where the river starts', 'H2'],
      [2, 'The spring', 'H3'],
      [2, 'The first mill', 'H3'],
      [1, 'Where it ends', 'H2'],
    ]);
  });

  it('takes the levels the article has, gaps and all: h2 and h4 become 1 and 2', () => {
    expect(listed('<h2>One</h2><h4>One, a</h4><h4>One, b</h4><h2>Two</h2><h5>Too deep</h5>')).toEqual([
      [1, 'One', 'H2'],
      [2, 'One, a', 'H4'],
      [2, 'One, b', 'H4'],
      [1, 'Two', 'H2'],
    ]);
  });

  it('lists an article of one heading level, h4 alone, all at level 1', () => {
    expect(listed('<h4>First</h4><h4>Second</h4><h4>Third</h4>').map(([level]) => level)).toEqual([1, 1, 1]);
  });

  it('counts an h1 inside the body as a section heading above the h2s', () => {
    expect(listed('<h1>Part one</h1><h2>A</h2><h1>Part two</h1><h2>B</h2>')).toEqual([
      [1, 'Part one', 'H1'],
      [2, 'A', 'H2'],
      [1, 'Part two', 'H1'],
      [2, 'B', 'H2'],
    ]);
  });

  it('gives none for fewer than three headings, counting only the two levels listed', () => {
    expect(listed('<h2>One</h2><p>Text.</p><h2>Two</h2>')).toEqual([]);
    expect(listed('<h2>One</h2><h3>One, a</h3><h4>Deep</h4><h4>Deeper</h4>')).toEqual([]);
    expect(listed('<p>No headings at all.</p>')).toEqual([]);
  });

  it('skips a heading that repeats the article’s title, whatever its case and spacing', () => {
    expect(
      listed('<h1>The  river\nRuns Dry</h1><h2>One</h2><h2>Two</h2><h2>Three</h2>', 'The river runs dry').map(
        ([, text]) => text,
      ),
    ).toEqual(['One', 'Two', 'Three']);
    expect(listed('<h2>The river runs dry</h2><h2>One</h2><h2>Two</h2>', 'The river runs dry')).toEqual([]);
  });

  it('skips headings of figures, tables, quotes, asides and navigation', () => {
    expect(
      listed(`
        <h2>One</h2>
        <figure><h3>A chart’s title</h3></figure>
        <table><caption><h3>A table’s title</h3></caption><tr><td>1</td></tr></table>
        <blockquote><h2>A quoted heading</h2></blockquote>
        <aside><h2>Read more</h2></aside>
        <nav><h2>Sections</h2></nav>
        <h2>Two</h2><h2>Three</h2>`).map(([, text]) => text),
    ).toEqual(['One', 'Two', 'Three']);
  });

  it('skips empty headings and collapses the white space of the rest', () => {
    expect(
      listed(
        '<h2>  </h2><h2><img src="x.png" alt="A picture"></h2><h2> One\n\t two </h2><h2>Three</h2><h2>Four</h2>',
      ).map(([, text]) => text),
    ).toEqual(['One two', 'Three', 'Four']);
  });

  it('cuts a very long heading to a short entry, keeping the heading itself', () => {
    const long = 'word '.repeat(60).trim();
    const [first] = contentsHeadings(body(`<h2>${long}</h2><h2>Two</h2><h2>Three</h2>`));
    expect([...(first?.text ?? '')].length).toBeLessThanOrEqual(MAX_ENTRY_CHARACTERS);
    expect(first?.text.endsWith('…')).toBe(true);
    expect(first?.element.textContent).toBe(long);
  });

  it('finds the headings in a fragment not yet drawn', () => {
    const fragment = document.createDocumentFragment();
    fragment.append(...body('<h2>One</h2><h2>Two</h2><h2>Three</h2>').childNodes);
    expect(contentsHeadings(fragment).map(({ text }) => text)).toEqual(['One', 'Two', 'Three']);
  });
});
