// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { applyLivePage, hasComputedStyle } from './live-page';

const page = `<style>.menu { display: none }</style><body>
  <div class="menu">Home News Sport</div>
  <article><p>${'The story goes on for a while. '.repeat(10)}</p><noscript><img src="/a.jpg"></noscript></article>
</body>`;

function copyOf(document: Document): Document {
  const copy = new DOMParser().parseFromString('<!doctype html><html></html>', 'text/html');
  copy.replaceChild(copy.importNode(document.documentElement, true), copy.documentElement);
  return copy;
}

describe('applyLivePage', () => {
  it('knows jsdom has no computed style to trust', () => {
    expect(hasComputedStyle(new JSDOM(page).window.document)).toBe(false);
  });

  it('removes from the copy what the live style sheets hide, keeping the live page and noscript images', () => {
    const live = new JSDOM(page).window.document;
    const before = live.documentElement.outerHTML;
    const copy = copyOf(live);
    applyLivePage(live, copy, true);
    expect(copy.querySelector('.menu')).toBeNull();
    expect(copy.querySelector('noscript')).not.toBeNull();
    expect(copy.querySelector('article p')).not.toBeNull();
    expect(live.documentElement.outerHTML).toBe(before);
  });

  it('keeps a hidden element that holds most of the page: the article behind a wall', () => {
    const live = new JSDOM(page.replace('<article>', '<article class="menu">')).window.document;
    const copy = copyOf(live);
    applyLivePage(live, copy, true);
    expect(copy.querySelector('article')).not.toBeNull();
  });

  it('leaves the copy alone without computed style', () => {
    const live = new JSDOM(page).window.document;
    const copy = copyOf(live);
    applyLivePage(live, copy, false);
    expect(copy.querySelector('.menu')).not.toBeNull();
  });
});
