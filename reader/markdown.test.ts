// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleMarkdown } from './markdown';

function body(html: string): HTMLElement {
  const element = document.createElement('div');
  // Test input written here, not page content.
  element.innerHTML = html; // eslint-disable-line no-unsanitized/property
  return element;
}

describe('articleMarkdown', () => {
  it('writes the title, byline and source, then the article in portable Markdown', () => {
    const markdown = articleMarkdown(
      { title: 'Harbour city votes', byline: 'Priya Raman' },
      'https://ledger.example/harbour',
      body(
        '<h2>The vote</h2><p>The council voted <strong>7 to 2</strong>, <em>after</em> a <a href="https://ledger.example/vote">long debate</a>.</p>' +
          '<ul><li>One</li><li>Two</li></ul><blockquote><p>Build it.</p></blockquote>' +
          '<pre><code>let wall = 48;\n  wall += 1;</code></pre>' +
          '<figure><img src="https://ledger.example/wall.jpg" alt="The seawall"><figcaption>The old wall.</figcaption></figure>',
      ),
    );
    expect(markdown).toBe(
      [
        '# Harbour city votes',
        '',
        'Priya Raman · <https://ledger.example/harbour>',
        '',
        '## The vote',
        '',
        'The council voted **7 to 2**, _after_ a [long debate](https://ledger.example/vote).',
        '',
        '-   One',
        '-   Two',
        '',
        '> Build it.',
        '',
        '```',
        'let wall = 48;',
        '  wall += 1;',
        '```',
        '',
        '![The seawall](https://ledger.example/wall.jpg)',
        '',
        'The old wall.',
        '',
      ].join('\n'),
    );
  });

  it('keeps tables as HTML, leaves Crux’s marks out, and does not change the article', () => {
    const article = body(
      '<p>Said <mark class="crux-mark">Vasquez</mark>.</p><table><tr><td>3,200</td><td>homes</td></tr></table>',
    );
    const before = article.innerHTML;
    const markdown = articleMarkdown({ title: null, byline: null }, 'https://x.example/', article);
    expect(markdown).toContain('Said Vasquez.');
    expect(markdown).toContain('<table><tbody><tr><td>3,200</td><td>homes</td></tr></tbody></table>');
    expect(article.innerHTML).toBe(before);
  });
});
