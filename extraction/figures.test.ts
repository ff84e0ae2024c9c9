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

  it('marks only the words of a caption beside two images: a thumbnail and its enlargement', () => {
    const root = body(
      '<div class="inset"><a><img src="small.jpg"></a><div class="zoom"><img src="large.jpg"></div>' +
        '<cite>Reuters</cite><p class="targetCaption">A lawyer takes questions.</p></div><p>The story.</p>',
    );
    normalizeFigures(root.ownerDocument);
    expect(root.querySelector('p.targetCaption')?.innerHTML).toBe(
      '<figcaption>A lawyer takes questions.</figcaption>',
    );
    expect(root.querySelectorAll('img')).toHaveLength(2);
  });

  it('makes a photo box of one image and a line under it a figure', () => {
    const root = body(
      '<div class="photobox_right"><img src="a.jpg" alt="Brain"><br><em>A new study looks at the brain.</em></div>' +
        '<p>The story.</p>',
    );
    normalizeFigures(root.ownerDocument);
    expect(root.innerHTML).toBe(
      '<figure><img src="a.jpg" alt="Brain"><figcaption><em>A new study looks at the brain.</em></figcaption></figure>' +
        '<p>The story.</p>',
    );
  });

  it('leaves figures, blocks with much more text, and photo boxes that are links or hold paragraphs alone', () => {
    const kept = [
      '<figure><img src="a.jpg"><figcaption class="caption">Already a figure.</figcaption></figure>',
      `<div><img src="e.jpg"><p class="caption">A caption.</p><p>${'The story goes on. '.repeat(10)}</p></div>`,
      '<div class="related-image"><a href="/other"><img src="f.jpg">Another story entirely</a></div>',
      '<div class="image-wrap"><img src="g.jpg"><p>A paragraph of the story.</p></div>',
      `<div class="photo"><img src="h.jpg">${'A long run of story text. '.repeat(15)}</div>`,
    ].join('');
    const root = body(kept);
    normalizeFigures(root.ownerDocument);
    expect(root.innerHTML).toBe(kept);
  });
});
