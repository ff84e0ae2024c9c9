// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { normalizeFigures } from './figures';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}

describe('normalizeFigures', () => {
  it('makes an image block with a caption a figure, leaving its credit behind', () => {
    const root = body(
      '<div class="image"><div class="image__container"><img src="a.jpg" alt="Queue"></div>' +
        '<div class="image__metadata"><div itemprop="caption" class="image__caption">Travelers wait in line.</div>' +
        '<div class="image__credit">Grant Baldwin/Getty Images</div></div></div><p>The story.</p>',
    );
    normalizeFigures(root.ownerDocument);
    expect(root.innerHTML).toBe(
      '<figure><img src="a.jpg" alt="Queue"><figcaption>Travelers wait in line.</figcaption></figure><p>The story.</p>',
    );
  });

  it('marks only the words of a caption in a list or table, keeping that structure', () => {
    const root = body(
      '<ul><li><div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">In a list.</p></div></li></ul>' +
        '<table class="tr-caption-container"><tbody><tr><td><img src="c.jpg"></td></tr>' +
        '<tr><td class="tr-caption">In a table.</td></tr></tbody></table>',
    );
    normalizeFigures(root.ownerDocument);
    expect(root.innerHTML).toBe(
      '<ul><li><div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text"><figcaption>In a list.</figcaption></p></div></li></ul>' +
        '<table class="tr-caption-container"><tbody><tr><td><img src="c.jpg"></td></tr>' +
        '<tr><td class="tr-caption"><figcaption>In a table.</figcaption></td></tr></tbody></table>',
    );
  });

  it('leaves figures, and blocks with more than one image or much more text alone', () => {
    const kept = [
      '<figure><img src="a.jpg"><figcaption class="caption">Already a figure.</figcaption></figure>',
      '<div><img src="c.jpg"><img src="d.jpg"><p class="caption">Two images.</p></div>',
      `<div><img src="e.jpg"><p class="caption">A caption.</p><p>${'The story goes on. '.repeat(10)}</p></div>`,
    ].join('');
    const root = body(kept);
    normalizeFigures(root.ownerDocument);
    expect(root.innerHTML).toBe(kept);
  });
});
