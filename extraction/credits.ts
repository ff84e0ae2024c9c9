import { attributeHolds, selectAll } from './select';

/**
 * Photo credits in captions ("Photograph: Jane Doe/Agency", "(AP Photo/John Roe)"): who took the
 * picture is the page's business, not the story's, and a reader skims past them.
 */

/** Credit elements inside a caption or figure, as publishing systems name them. */
const CREDIT_ELEMENTS = [
  'figure [class*="credit" i]',
  'figcaption [class*="credit" i]',
  '[class*="caption" i] [class*="credit" i]',
  'figure [class*="copyright" i]',
  'figcaption [class*="copyright" i]',
  'figcaption [itemprop="creator"]',
  'figcaption [itemprop="copyrightHolder"]',
].join(', ');

/** What every credit element above has: "credit" or "copyright" in its class, or a credit `itemprop`. */
function mayBeCreditElement(element: Element): boolean {
  return (
    attributeHolds(element, 'class', ['credit', 'copyright']) ||
    attributeHolds(element, 'itemprop', ['creator', 'copyrightholder'])
  );
}

/** A "credit" wrapper that holds the caption too ("c-lead-image__credit" around both) is the caption. */
const CAPTION_INSIDE = '[class*="caption" i], [itemprop="caption"]';

/**
 * A credit at the end of a caption, after a full stop or a separator: "Photograph: …", "Photo by …",
 * "Image: …", "Credit: …", or an agency after a slash ("Jane Doe/Getty Images"). A label in the middle of
 * a sentence ("the rover's first picture: a dusty plain") is the caption's own.
 */
const LABELLED_CREDIT = [
  String.raw`(photo(graph)?s?|pictures?|images?|illustrations?|credits?|video)(\s+by\s+|\s*[:/]\s*|\s*(\.{3}|…)\s*)[^()]{2,100}`,
  String.raw`\p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*){0,3}\s*/\s*(getty images|afp|reuters|ap|epa|shutterstock|alamy)\b[^.]{0,40}`,
].join('|');

/**
 * Credits that say so wherever they stand: "(AP Photo/John Roe)", "(Jane Doe/AFP/Getty Images)",
 * "© Agency", "REUTERS/John Roe".
 */
const MARKED_CREDIT = String.raw`\([^()]{0,80}\b(getty images|afp|reuters|ap|epa|shutterstock|alamy)\b[^()]{0,40}\)|\((ap|afp|reuters|epa|getty)\b[^)]{0,80}\)|©\s*[^.]{2,80}|\b(REUTERS|AFP|EPA)\s*/\s*[^.]{2,100}`;

/** Names and agencies between slashes, as a whole caption: "Jane Doe/Wire Photo/Harbour Images". */
const SLASHED_NAMES = String.raw`\p{Lu}[\p{L}\p{M}.'’&-]*(?: \p{Lu}[\p{L}\p{M}.'’&-]*){0,4}(?:\s*/\s*\p{L}[\p{L}\p{M}.'’&-]*(?: \p{Lu}[\p{L}\p{M}.'’&-]*){0,4})+`;

const CREDIT_ONLY = new RegExp(String.raw`^(?:${SLASHED_NAMES}|${LABELLED_CREDIT})$`, 'iu');

/**
 * True for a caption that is only a credit: names between slashes with no known agency among them,
 * which `dropCreditLines` leaves in the article, or a labelled credit standing alone.
 */
export function isCreditOnly(text: string): boolean {
  return CREDIT_ONLY.test(text);
}

const TRAILING_CREDIT = new RegExp(
  String.raw`(?:(?<before>^|[.!?”")]\s*|\s[|–—-]\s*)(?:${LABELLED_CREDIT})|(?:${MARKED_CREDIT}))\s*\.?$`,
  'iu',
);

/** Removes credit elements from a copy of the page, while their class names still say what they are. */
export function dropCreditElements(document: Document): void {
  const body = document.body;
  if (!body) return;
  for (const credit of selectAll(body, CREDIT_ELEMENTS, mayBeCreditElement)) {
    if (credit.tagName !== 'FIGCAPTION' && !credit.querySelector(CAPTION_INSIDE)) credit.remove();
  }
}

/** Cuts a credit off the end of each caption of the clean article; a caption that is only a credit goes. */
export function dropCreditLines(root: Element): void {
  for (const caption of [...root.querySelectorAll('figcaption')]) {
    const match = TRAILING_CREDIT.exec(caption.textContent ?? '');
    if (!match) continue;
    cutTextFrom(caption, match.index + (match.groups?.before ?? '').length);
    if (!(caption.textContent ?? '').trim()) caption.remove();
  }
}

/** Removes an element's text from `offset` on, across the text nodes it spans. */
function cutTextFrom(element: Element, offset: number): void {
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  let start = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (start + value.length > offset) {
      const kept = value.slice(0, Math.max(0, offset - start));
      node.nodeValue = offset > start ? kept.replace(/\s*[|–—-]?\s*$/, '') : '';
    }
    start += value.length;
  }
}
