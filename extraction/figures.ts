import { attributeHolds, selectAll } from './select';
import { normalized } from './text';

/**
 * Images with captions that a page builds from plain blocks rather than `<figure>`: a CNN image block,
 * a Drupal lead-image field. Readability keeps figures but reads such blocks as clutter and drops
 * the caption; made into figures first, they reach the article whole.
 */

/** Caption elements, as publishing systems name them. */
const CAPTIONS = '[itemprop="caption"], [class*="caption" i]';

/** What every caption element has: "caption" in its `itemprop` or class, in any case. */
function mayBeCaption(element: Element): boolean {
  return attributeHolds(element, 'itemprop', ['caption']) || attributeHolds(element, 'class', ['caption']);
}

/** How far above a caption the block holding its image may be. */
const MAX_LEVELS = 3;

/** Text a figure block may hold beyond its caption: a credit, a label. */
const MAX_EXTRA_TEXT = 80;

/**
 * Photo boxes that name no caption: one image and a line of text under it, in a block whose class
 * says photo, image or picture ("photobox_right").
 */
const PHOTO_BOXES = 'div[class*="photo" i], div[class*="image" i], div[class*="picture" i]';

/** What every photo box has: a class holding one of its words. */
function mayBePhotoBox(element: Element): boolean {
  return attributeHolds(element, 'class', ['photo', 'image', 'picture']);
}

/** The most text a photo box's line may hold to be read as its caption rather than as story. */
const MAX_PHOTO_BOX_TEXT = 300;

/** Turns each image-with-caption block outside a `<figure>` into a figure with a figcaption. */
export function normalizeFigures(document: Document): void {
  const body = document.body;
  if (!body) return;
  for (const caption of selectAll(body, CAPTIONS, mayBeCaption)) {
    if (!caption.isConnected || caption.closest('figure, figcaption')) continue;
    const captionText = normalized(caption.textContent);
    if (!captionText) continue;
    const block = imageBlock(caption, captionText.length);
    if (!block) continue;
    // Inside a list or table the block is part of that structure, which Readability keeps as it is;
    // beside two images (a thumbnail and its enlargement, a pair) there is no one image to hold. Only
    // the caption's words are marked, so the analysis still knows them for a caption.
    if (caption.closest('li, td') || block.querySelectorAll('img').length > 1) {
      if (caption.querySelector('img, picture')) continue;
      const marked = document.createElement('figcaption');
      marked.append(...caption.childNodes);
      caption.append(marked);
      continue;
    }
    const image = block.querySelector('picture') ?? block.querySelector('img');
    if (!image) continue;
    makeFigure(block, image, [...caption.childNodes]);
  }
  for (const box of selectAll(body, PHOTO_BOXES, mayBePhotoBox)) {
    if (!box.isConnected || box.closest('figure') || box.querySelector('figure, p, div')) continue;
    const images = box.querySelectorAll('img');
    const [only] = images;
    const text = normalized(box.textContent);
    if (!only || images.length > 1 || !text || text.length > MAX_PHOTO_BOX_TEXT || isMostlyLinks(box, text))
      continue;
    const image = only.closest('picture') ?? only;
    const words = [...box.childNodes].filter((node) => !node.contains(image) && node.nodeName !== 'BR');
    makeFigure(box, image, words);
  }
}

function makeFigure(block: Element, image: Element, caption: Node[]): void {
  const figure = block.ownerDocument.createElement('figure');
  const figcaption = block.ownerDocument.createElement('figcaption');
  figcaption.append(...caption);
  figure.append(image, figcaption);
  block.replaceWith(figure);
}

/** A card linking elsewhere (a related story's picture and headline) is no captioned photo. */
function isMostlyLinks(box: Element, text: string): boolean {
  const linked = [...box.querySelectorAll('a')].map((link) => normalized(link.textContent)).join(' ');
  return linked.length * 2 > text.length;
}

/**
 * The nearest ancestor of a caption that holds an image and little text besides the caption. It may
 * hold two images (a thumbnail and its enlargement), and the caller marks the caption in place.
 */
function imageBlock(caption: Element, captionLength: number): Element | null {
  let block = caption.parentElement;
  for (let level = 0; block && level < MAX_LEVELS; level += 1, block = block.parentElement) {
    if (block === block.ownerDocument.body || block.matches('p')) return null;
    if (block.querySelector('img')) {
      return normalized(block.textContent).length - captionLength <= MAX_EXTRA_TEXT ? block : null;
    }
  }
  return null;
}
