import { isCreditOnly } from './credits';
import type { Aside } from './types';

/** Elements that start a new paragraph of text: the extracted text and reading mode's highlights break at them. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'TD',
  'TH',
  'DT',
  'DD',
  'DIV',
  'SECTION',
  'ARTICLE',
  'TABLE',
  'TR',
  'UL',
  'OL',
  'DL',
  'FIGURE',
  'HR',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'CAPTION',
  'DETAILS',
  'SUMMARY',
]);

/** The article as plain text: one paragraph per block, paragraphs separated by a blank line. */
export function articleText(root: Element): string {
  return articleParts(root).text;
}

/**
 * Blocks that say what a picture shows. By the time the text is read, caption blocks of other shapes
 * are figures (`figures.ts`), credit elements are gone (`credits.ts`), and DOMPurify has dropped
 * every class and itemprop: a figure is all the markup still says.
 */
const CAPTION_BLOCKS = 'figure, figcaption';

/**
 * The article's text and, of its paragraphs, those that are captions or credits: named here, where the
 * markup says what they are, so the analysis need not guess it from their words.
 */
export function articleParts(root: Element): { text: string; asides: Aside[] } {
  const paragraphs: string[] = [];
  const asides: Aside[] = [];
  let current = '';
  let linked = 0;
  let unlinked = '';
  let captionDepth = 0;
  let linkDepth = 0;
  const flush = (): void => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) {
      paragraphs.push(paragraph);
      if (captionDepth > 0 && isCreditOnly(paragraph)) asides.push({ text: paragraph, kind: 'credit' });
      else if (captionDepth > 0) asides.push({ text: paragraph, kind: 'caption' });
      else if (isLinkLine(linked, current, unlinked)) asides.push({ text: paragraph, kind: 'link' });
    }
    current = '';
    linked = 0;
    unlinked = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      // A soft hyphen only says where a word may break ("Vladi\u00admir"): it is no part of the word.
      const value = (node.nodeValue ?? '').replace(SOFT_HYPHEN, '');
      current += value;
      if (linkDepth > 0) linked += value.replace(/\s+/g, '').length;
      else unlinked += value;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.tagName === 'BR') {
      current += ' ';
      return;
    }
    if (element.tagName === 'PRE') {
      flush();
      const code = (element.textContent ?? '').replace(/\n{2,}/g, '\n').trim();
      if (code) paragraphs.push(code);
      return;
    }
    const isCaption = element.matches(CAPTION_BLOCKS);
    const isLink = element.tagName === 'A';
    const breaks = BLOCK_TAGS.has(element.tagName);
    if (breaks) flush();
    if (isCaption) captionDepth += 1;
    if (isLink) linkDepth += 1;
    for (const child of element.childNodes) walk(child);
    if (isLink) linkDepth -= 1;
    if (breaks) flush();
    if (isCaption) captionDepth -= 1;
  };
  walk(root);
  flush();
  return { text: paragraphs.join('\n\n'), asides };
}

/** U+00AD, which pages put inside long words to allow a break there. */
const SOFT_HYPHEN = /\u00ad/g;

/** Share of a block's letters inside links above which the block is a link to elsewhere. */
const LINK_LINE_SHARE = 0.8;

/** What a block that only points to another story says besides its link: "Read more:", "Related". */
const LINK_LEAD =
  /^(?:(?:read|see|watch|listen)(?:\s+(?:more|also|next|this))?|related(?:\s+(?:stories|story|articles?|coverage|content))?|more(?:\s+(?:on\s+this|stories|from\s+\S+))?|also(?:\s+read)?|recommended|previously|next|up\s+next|top\s+stories)?\s*[:|»›>-]?$/iu;

/**
 * A block that is a link to another story ("Read more: Mayor quits after …", a related headline):
 * nearly all its letters are link text, and what is not says so or is nothing. "mconley fixed <a
 * bug's title>" has a subject and a verb of its own, and is the story's.
 */
function isLinkLine(linked: number, raw: string, unlinked: string): boolean {
  if (linked === 0) return false;
  const letters = raw.replace(/\s+/g, '').length;
  return (
    letters > 0 && linked / letters >= LINK_LINE_SHARE && LINK_LEAD.test(unlinked.replace(/\s+/g, ' ').trim())
  );
}

/** Roughly how many words a text has; CJK text counts one word per two characters. */
export function countWords(text: string): number {
  const cjkCharacters = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const words = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ').match(/\S+/g);
  return (words?.length ?? 0) + Math.ceil(cjkCharacters / 2);
}

/** Reading speed for news prose: adults read about 230 words a minute on screen. */
const WORDS_PER_MINUTE = 230;

/** Whole minutes to read `wordCount` words, never less than one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** A text on one line: runs of white space made one space, none at the ends ('' for no text). */
export function normalized(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
