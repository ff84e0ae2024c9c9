/** Elements that start a new paragraph of text. */
const BLOCK_TAGS = new Set([
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
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
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
    const isBlock = BLOCK_TAGS.has(element.tagName);
    if (isBlock) flush();
    for (const child of element.childNodes) walk(child);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
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
