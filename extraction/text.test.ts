// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleParts } from './text';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}

describe('articleParts', () => {
  it('names captions and captions that are only a credit as asides, keeping them in the text', () => {
    const parts = articleParts(
      body(
        '<p>The council met on Monday.</p>' +
          '<figure><img src="a.jpg" alt=""><figcaption>Mayor Ana Ruiz opens the bridge.</figcaption></figure>' +
          '<figure><img src="b.jpg" alt=""><figcaption>Lena Ortiz/Wire Photo/Harbour Images</figcaption></figure>' +
          '<figure><img src="c.jpg" alt=""><figcaption>Photo: Jon Tamsen</figcaption></figure>' +
          '<p>Work starts in May.</p>',
      ),
    );
    expect(parts.text).toBe(
      [
        'The council met on Monday.',
        'Mayor Ana Ruiz opens the bridge.',
        'Lena Ortiz/Wire Photo/Harbour Images',
        'Photo: Jon Tamsen',
        'Work starts in May.',
      ].join('\n\n'),
    );
    expect(parts.asides).toEqual([
      { text: 'Mayor Ana Ruiz opens the bridge.', kind: 'caption' },
      { text: 'Lena Ortiz/Wire Photo/Harbour Images', kind: 'credit' },
      { text: 'Photo: Jon Tamsen', kind: 'credit' },
    ]);
  });

  it('names a block that is all a link to another story, and not a paragraph with a link in it', () => {
    const parts = articleParts(
      body(
        '<p>The council met on <a href="/monday">Monday</a> to vote on the bridge.</p>' +
          '<p>Read more: <a href="/other">Mayor Tom Reyes quits after eight years in office</a></p>' +
          '<p>mconley fixed <a href="/bug/1">an AsyncShutdown hang caused by the startup cache</a></p>',
      ),
    );
    expect(parts.asides).toEqual([
      { text: 'Read more: Mayor Tom Reyes quits after eight years in office', kind: 'link' },
    ]);
  });

  it('drops soft hyphens, which only say where a word may break', () => {
    expect(articleParts(body('<p>President Vladi\u00admir Putin spoke.</p>')).text).toBe(
      'President Vladimir Putin spoke.',
    );
  });

  it('names no aside in an article without pictures', () => {
    expect(articleParts(body('<p>One.</p><p>Two, with a/b test.</p>')).asides).toEqual([]);
  });
});
