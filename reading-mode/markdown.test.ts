// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleMarkdown, isSafeAddress } from './markdown';

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

  it('escapes a crafted title and byline, so they cannot link, run or format anything', () => {
    const markdown = articleMarkdown(
      {
        title: '[click](javascript:alert(1)) <img src=x onerror=alert(1)> `code`\n\n# Not a heading',
        byline: '<script>alert(1)</script> [me](javascript:alert(2))',
      },
      'https://x.example/',
      null,
    );
    expect(markdown).toBe(
      [
        '# \\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\`code\\` # Not a heading',
        '',
        '\\<script\\>alert(1)\\</script\\> \\[me\\](javascript:alert(2)) · <https://x.example/>',
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  it('escapes angle brackets in the article’s text, once', () => {
    const markdown = articleMarkdown(
      { title: null, byline: null },
      'https://x.example/',
      body('<p>&gt; 3 &lt;script&gt;alert(1)&lt;/script&gt; \\&lt;b&gt;</p>'),
    );
    expect(markdown).toContain('\\> 3 \\<script\\>alert(1)\\</script\\> \\\\\\<b\\>');
  });

  it('drops link and image addresses that are not http(s), mailto or relative, keeping their text', () => {
    const markdown = articleMarkdown(
      { title: null, byline: null },
      'https://x.example/',
      body(
        '<p><a href="javascript:alert(1)">one</a> <a href=" JaVa&#9;Script:alert(1)">two</a> ' +
          '<a href="data:text/html,<script>alert(1)</script>">three</a> <a href="https://x.example/ok">four</a> ' +
          '<a href="/relative?a=1&amp;b=2">five</a> <a href="mailto:desk@x.example">six</a></p>' +
          '<p><img src="javascript:alert(1)" alt="A seawall"><img src="data:image/png;base64,AAAA" alt="[x](javascript:y)">' +
          '<img src="https://x.example/wall.jpg" alt="Wall" srcset="javascript:alert(1) 2x"></p>' +
          '<table><tr><td><a href="vbscript:msgbox(1)">cell</a><img src="javascript:alert(1)" alt="cell image"></td></tr></table>',
      ),
    );
    expect(markdown).toContain(
      'one two three [four](https://x.example/ok) [five](/relative?a=1&b=2) [six](mailto:desk@x.example)',
    );
    expect(markdown).toContain('A seawall\\[x\\](javascript:y)![Wall](https://x.example/wall.jpg)');
    expect(markdown).toContain('<table><tbody><tr><td><a>cell</a>cell image</td></tr></tbody></table>');
    expect(markdown).not.toMatch(/(?<!\\)\]\((?:javascript|data|vbscript)/i);
    expect(markdown).not.toMatch(/(?:href|src|srcset)="(?:javascript|vbscript|data)/i);
  });
});

describe('isSafeAddress', () => {
  it.each([
    'https://x.example/a',
    'HTTP://x.example',
    'mailto:desk@x.example',
    '/a/b',
    'a/b:c',
    '?q=1&r=2',
    '#top',
    '//x.example/a',
  ])('keeps %s', (address) => expect(isSafeAddress(address)).toBe(true));

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&colon;alert(1)',
    'javascript\\:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    'https&#58;//x.example',
  ])('drops %j', (address) => expect(isSafeAddress(address)).toBe(false));
});
