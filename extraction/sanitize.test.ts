// @vitest-environment jsdom
import type { WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleFragment, lightCopy, openLinksSafely, sanitizeArticle } from './sanitize';

/** Sanitises `html` as the article's content, as extraction does after Readability. */
function sanitized(html: string): HTMLElement {
  const { window } = new JSDOM('<!doctype html><body></body>');
  const content = window.document.createElement('div');
  content.innerHTML = html; // eslint-disable-line no-unsanitized/property -- test markup written here
  const body = sanitizeArticle(
    lightCopy(content.childNodes, window.document),
    window as unknown as WindowLike,
  );
  openLinksSafely(body);
  return body;
}

describe('sanitizeArticle', () => {
  it('keeps the article’s text, links and images', () => {
    const body = sanitized(
      '<p>A <a href="https://example.com/a">link</a> <img src="https://example.com/i.jpg" alt="x"></p>',
    );
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://example.com/a');
    expect(body.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://example.com/i.jpg');
  });

  it('strips url() and escapes from SVG presentation attributes, which load other documents', () => {
    const body = sanitized(
      '<svg><rect fill="url(https://evil.example/p.svg#a)" stroke="u\\rl(https://evil.example/s.svg)" ' +
        'filter="URL( //evil.example/f.svg#f)" mask="image-set(&quot;https://evil.example/m&quot;)" ' +
        'clip-path="url(#c)" marker-start="url(https://evil.example/m.svg#m)" cursor="url(x.cur), auto" ' +
        'width="10" height="10" transform="translate(1 2)"></rect></svg>',
    );
    const rect = body.querySelector('rect');
    expect(rect).not.toBeNull();
    for (const name of ['fill', 'stroke', 'filter', 'mask', 'clip-path', 'marker-start', 'cursor']) {
      expect(rect?.hasAttribute(name), name).toBe(false);
    }
    expect(rect?.getAttribute('width')).toBe('10');
    expect(rect?.getAttribute('transform')).toBe('translate(1 2)');
  });

  it('makes only HTML links links: SVG and MathML href and src are dropped', () => {
    const body = sanitized(
      '<svg><a href="https://evil.example/svg"><text>svg link</text></a>' +
        '<linearGradient href="https://evil.example/g.svg#g"></linearGradient></svg>' +
        '<math><mi href="https://evil.example/math">x</mi><mglyph src="https://evil.example/g.png"></mglyph></math>',
    );
    expect(body.textContent).toContain('svg link');
    expect(body.querySelectorAll('[href], [src]')).toHaveLength(0);
  });

  it('drops font names a page’s @font-face could answer', () => {
    const body = sanitized(
      '<p><font face="PageFont">a</font></p><svg><text font-family="PageFont">b</text></svg>',
    );
    expect(body.querySelectorAll('[face], [font-family]')).toHaveLength(0);
    expect(body.textContent).toContain('a');
  });

  it('leaves no shadow root on the way: a clonable one’s content never reaches the article', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const document = window.document;
    const content = document.createElement('div');
    const host = document.createElement('div');
    host.textContent = 'light text';
    const shadow = host.attachShadow({ mode: 'open', clonable: true } as ShadowRootInit);
    shadow.innerHTML = '<p>shadow text</p>';
    content.append(host);
    // Browsers' cloneNode and importNode carry a clonable shadow root along (jsdom's do not, so the
    // end-to-end tests show it in real browsers); the copy must hold the light nodes alone.

    const body = sanitizeArticle(lightCopy(content.childNodes, document), window as unknown as WindowLike);
    const shown = articleFragment(body, document);
    const hosts = [body, ...shown.children].flatMap((root) => [root, ...root.querySelectorAll('*')]);
    expect(hosts.filter((element) => element.shadowRoot !== null)).toEqual([]);
    expect(body.textContent).toBe('light text');
  });
});

describe('lightCopy', () => {
  it('copies tags, attributes in their namespaces and text, and nothing else', () => {
    const { window } = new JSDOM(
      '<!doctype html><body><p title="t">a<!-- note --><b>b</b></p><svg viewBox="0 0 1 1"><circle r="1"/></svg></body>',
    );
    const copy = lightCopy(window.document.body.childNodes, window.document);
    const wrapper = window.document.createElement('div');
    wrapper.append(copy);
    expect(wrapper.innerHTML).toBe(
      '<p title="t">a<b>b</b></p><svg viewBox="0 0 1 1"><circle r="1"></circle></svg>',
    );
    expect(wrapper.querySelector('circle')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('copies a thousand levels of nesting without recursion', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const document = window.document;
    let deepest: Element = document.body;
    for (let level = 0; level < 1000; level += 1)
      deepest = deepest.appendChild(document.createElement('div'));
    deepest.textContent = 'bottom';
    const copy = lightCopy(document.body.childNodes, document);
    expect(copy.textContent).toBe('bottom');
  });
});
