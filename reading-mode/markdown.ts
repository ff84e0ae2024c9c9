import TurndownService from 'turndown';
import type { Article } from '../extraction/types';

/**
 * Turndown (mixmark-io/turndown): the HTML-to-Markdown converter most projects use, maintained, with
 * no dependency in the browser, and it takes a DOM node, so the article is converted without
 * parsing any markup again. Options follow CommonMark's most portable forms.
 */
const markdownConverter = new TurndownService({
  headingStyle: 'atx',
  hr: '---',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  emDelimiter: '_',
});
// Markdown has no tables of its own (only extensions such as GitHub's), and HTML is valid Markdown.
markdownConverter.keep(['table']);
// Turndown escapes `>` only at the start of a text and `<` nowhere: page text such as "<script>" would
// come out as raw HTML, which many Markdown renderers pass through.
const turndownEscape = markdownConverter.escape.bind(markdownConverter);
markdownConverter.escape = (text: string): string => {
  const escaped = turndownEscape(text);
  const escapedLead = escaped.startsWith('\\>') ? 2 : 0;
  return escaped.slice(0, escapedLead) + escaped.slice(escapedLead).replace(/[<>]/g, '\\$&');
};

/** Link and image addresses the Markdown may keep: the web's own, e-mail, and relative ones. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
/** Attributes holding an address that a Markdown renderer may follow or load (tables stay HTML). */
const ADDRESS_ATTRIBUTES = ['href', 'src', 'cite', 'poster'];

/** The article as Markdown: its title, byline and source address, then the body as the reader sees it. */
export function articleMarkdown(
  article: Pick<Article, 'title' | 'byline'>,
  url: string,
  body: HTMLElement | null,
): string {
  const title = article.title ? oneLine(article.title) : '';
  const byline = article.byline ? oneLine(article.byline) : '';
  const heading = title ? `# ${markdownConverter.escape(title)}\n\n` : '';
  const source = `${byline ? `${markdownConverter.escape(byline)} · ` : ''}<${url}>\n\n`;
  const text = body ? markdownConverter.turndown(withSafeAddresses(body.cloneNode(true) as HTMLElement)) : '';
  return `${heading}${source}${text}\n`;
}

/**
 * Whether a link or image address may go into the Markdown: http(s), mailto or relative. A renderer
 * decodes entities and backslash escapes in an address, so `javascript&#58;` or `javascript\:` before
 * its path counts as a scheme; controls and spaces are ignored, as a browser drops tabs and newlines.
 */
export function isSafeAddress(address: string): boolean {
  const compact = address.replace(/[\p{Cc}\s]+/gu, '');
  const beforePath = compact.split(/[/?#]/, 1)[0] ?? '';
  if (!/[:&\\]/.test(beforePath)) return true;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(beforePath)?.[1]?.toLowerCase();
  return scheme !== undefined && SAFE_SCHEMES.has(scheme) && !/[&\\]/.test(beforePath);
}

/** A copy of the article's body without addresses a reader should not be sent to: links keep their text, images their description. */
function withSafeAddresses(body: HTMLElement): HTMLElement {
  for (const element of [body, ...body.querySelectorAll('*')]) {
    // Markdown has no source sets; a table kept as HTML shows its image by `src` alone.
    element.removeAttribute('srcset');
    for (const name of ADDRESS_ATTRIBUTES) {
      const address = element.getAttribute(name);
      if (address === null || isSafeAddress(address)) continue;
      if (element.localName === 'img') {
        element.replaceWith(element.ownerDocument.createTextNode(element.getAttribute('alt') ?? ''));
        break;
      }
      element.removeAttribute(name);
    }
  }
  return body;
}

/** Text the page gave on one line: a title or byline cannot open a new Markdown block. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
