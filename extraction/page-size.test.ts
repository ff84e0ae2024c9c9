// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTooLarge, PAGE_LIMITS } from './page-size';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

function nested(depth: number): Document {
  const document = page('');
  // Built from the innermost element outwards: each append then checks a short ancestor chain.
  let subtree = document.createElement('div');
  for (let level = 1; level < depth; level += 1) {
    const parent = document.createElement('div');
    parent.append(subtree);
    subtree = parent;
  }
  document.body.append(subtree);
  return document;
}

describe('isTooLarge', () => {
  const limits = { elements: 50, characters: 1000, depth: 20 };

  it('lets an ordinary article through', () => {
    expect(isTooLarge(page('<article><p>Words.</p><p>More words.</p></article>'), limits)).toBe(false);
  });

  it('stops pages with too many elements, too much text or too deep a tree', () => {
    expect(isTooLarge(page('<i></i>'.repeat(60)), limits)).toBe(true);
    expect(isTooLarge(page(`<p>${'x'.repeat(1001)}</p>`), limits)).toBe(true);
    expect(isTooLarge(nested(25), limits)).toBe(true);
    expect(isTooLarge(nested(15), limits)).toBe(false);
  });

  it('counts only text a reader reads, not inline scripts and styles', () => {
    const code = 'x'.repeat(600);
    expect(isTooLarge(page(`<script>${code}</script><style>${code}</style><p>Words.</p>`), limits)).toBe(
      false,
    );
    expect(isTooLarge(page(`<p>${code}</p><p>${code}</p>`), limits)).toBe(true);
  });

  it('measures a tree deeper than the default limit without recursion', () => {
    expect(isTooLarge(nested(PAGE_LIMITS.depth + 500), PAGE_LIMITS)).toBe(true);
  });
});
