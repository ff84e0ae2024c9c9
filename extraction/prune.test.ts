// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pruneClutter, pruneStrayPrompts } from './prune';

function body(html: string): HTMLElement {
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return document.body;
}

describe('pruneStrayPrompts', () => {
  it('drops prompts, ad labels, reading times and date stamps', () => {
    const root = body(
      [
        '<p>[Related: <a href="/a">What we know about the crash</a>]</p>',
        '<p>- Advertisement -</p>',
        '<p>6 min read</p>',
        '<p>Updated Feb. 12, 2025, 9:15 a.m.</p>',
        '<p><i>Originally Published: March 21, 2025 at 3:15 PM PDT</i></p>',
        '<p>Oct 8, 2024</p>',
        '<p><a href="/share">Share Main Street Ledger</a></p>',
      ].join(''),
    );
    pruneStrayPrompts(root);
    expect(root.innerHTML).toBe('');
  });

  it('keeps sentences that merely start like a stamp or a prompt', () => {
    const kept = [
      '<p>Published in 1998, the book sold 2 million copies.</p>',
      '<p>Share prices fell 4% on Monday.</p>',
      '<p>Related to each other: a cache and a web server.</p>',
      '<li>Oct 8, 2024</li>',
    ].join('');
    const root = body(kept);
    pruneStrayPrompts(root);
    expect(root.innerHTML).toBe(kept);
  });
});

describe('pruneClutter', () => {
  it('clears the names Readability misreads on section headings and code block wrappers', () => {
    const root = body(
      '<h2 class="header-anchor-post">What she did</h2><div class="codeBlockContent"><pre>const a = 1;</pre></div>',
    );
    pruneClutter(root.ownerDocument);
    expect(root.innerHTML).toBe('<h2>What she did</h2><div><pre>const a = 1;</pre></div>');
  });

  it('keeps a dateline that opens a paragraph, which Readability would take for a byline', () => {
    const root = body('<p><span class="dateline">CAIRO —</span> Gunmen opened fire.</p>');
    pruneClutter(root.ownerDocument);
    expect(root.innerHTML).toBe('<p><span>CAIRO —</span> Gunmen opened fire.</p>');
  });

  it('drops signatures and reader-support appeals', () => {
    const root = body(
      '<p>Post.</p><div class="signature">My blog</div><div id="contributions-epic">Support us</div>',
    );
    pruneClutter(root.ownerDocument);
    expect(root.innerHTML).toBe('<p>Post.</p>');
  });
});
