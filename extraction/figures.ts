import { normalized } from './text';

/**
 * Images with captions that a page builds from plain blocks rather than `<figure>`: a CNN image block,
 * a Drupal lead-image field. Readability keeps figures but reads such blocks as clutter and drops
 * the caption; made into figures first, they reach the article whole.
 */

/** Caption elements, as publishing systems name them. */
const CAPTIONS = '[itemprop="caption"], [class*="caption" i]';

/** How far above a caption the block holding its image may be. */
const MAX_LEVELS = 3;

/** Text a figure block may hold beyond its caption: a credit, a label. */
const MAX_EXTRA_TEXT = 80;

/** Turns each image-with-caption block outside a `<figure>` into a figure with a figcaption. */
export function normalizeFigures(document: Document): void {
  for (const caption of [...(document.body?.querySelectorAll(CAPTIONS) ?? [])]) {
    if (!caption.isConnected || caption.closest('figure, figcaption')) continue;
    const captionText = normalized(caption.textContent);
    if (!captionText) continue;
    const block = imageBlock(caption, captionText.length);
    if (!block) continue;
    // Inside a list or table the block is part of that structure, which Readability keeps as it is:
    // only its words are marked as a caption, so the analysis still knows them for one.
    if (caption.closest('li, td')) {
      if (caption.querySelector('img, picture')) continue;
      const marked = document.createElement('figcaption');
      marked.append(...caption.childNodes);
      caption.append(marked);
      continue;
    }
    const image = block.querySelector('picture') ?? block.querySelector('img');
    if (!image) continue;
    const figure = document.createElement('figure');
    const figcaption = document.createElement('figcaption');
    figcaption.append(...caption.childNodes);
    figure.append(image, figcaption);
    block.replaceWith(figure);
  }
}

/** The nearest ancestor of a caption that holds one image and little text besides the caption. */
function imageBlock(caption: Element, captionLength: number): Element | null {
  let block = caption.parentElement;
  for (let level = 0; block && level < MAX_LEVELS; level += 1, block = block.parentElement) {
    if (block === block.ownerDocument.body || block.matches('p')) return null;
    const images = block.querySelectorAll('img').length;
    if (images > 1) return null;
    if (images === 1) {
      return normalized(block.textContent).length - captionLength <= MAX_EXTRA_TEXT ? block : null;
    }
  }
  return null;
}
