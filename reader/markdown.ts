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

/** The article as Markdown: its title, byline and source address, then the body as the reader sees it. */
export function articleMarkdown(
  article: Pick<Article, 'title' | 'byline'>,
  url: string,
  body: HTMLElement | null,
): string {
  const heading = article.title ? `# ${article.title}\n\n` : '';
  const byline = article.byline ? `${article.byline} · ` : '';
  const source = `${byline}<${url}>\n\n`;
  const text = body ? markdownConverter.turndown(body.cloneNode(true) as HTMLElement) : '';
  return `${heading}${source}${text}\n`;
}
