/**
 * Class, id, role and label words of page furniture that is never the article: share bars, newsletter
 * boxes, related and most-read lists, cookie banners, comments, ads. Matched as whole words of the
 * attribute ("share-bar", "most_read"), so "sharepoint-guide" or "adventure" stay.
 */
const CLUTTER_WORDS = [
  'share',
  'sharing',
  'social',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'related',
  'recommended',
  'recirc',
  'most',
  'popular',
  'trending',
  'cookie',
  'consent',
  'gdpr',
  'banner',
  'comments',
  'comment',
  'disqus',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'sponsored',
  'promo',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'outbrain',
  'taboola',
  'paywall',
  'author-bio',
  'bio',
];
const CLUTTER_PATTERN = new RegExp(`(^|[\\s_-])(${CLUTTER_WORDS.join('|')})([\\s_-]|$)`, 'i');

/** Landmark roles and elements that frame a page rather than tell its story. */
const FRAME_SELECTOR =
  'nav, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"], [aria-modal="true"], dialog';

/** A clutter element holding more text than this is probably a wrapper of the article: keep it. */
const MAX_CLUTTER_TEXT = 1500;

/** Removes page furniture from a copy of the page before Readability reads it. */
export function pruneClutter(document: Document): void {
  const body = document.body;
  if (!body) return;
  const candidates = [...body.querySelectorAll(`${FRAME_SELECTOR}, [class], [id], [aria-label]`)];
  for (const element of candidates) {
    // Cheapest tests first: most elements fail the name test and are never measured.
    if (!element.isConnected) continue;
    if (!element.matches(FRAME_SELECTOR) && !hasClutterName(element)) continue;
    if ((element.textContent ?? '').length > MAX_CLUTTER_TEXT || isArticleContainer(element)) continue;
    element.remove();
  }
}

function hasClutterName(element: Element): boolean {
  const names = [
    element.getAttribute('class'),
    element.getAttribute('id'),
    element.getAttribute('aria-label'),
    element.getAttribute('data-component'),
  ];
  return names.some((name) => name !== null && CLUTTER_PATTERN.test(name));
}

function isArticleContainer(element: Element): boolean {
  return (
    element.matches('article, main, [role="main"], [itemprop="articleBody"]') ||
    element.querySelector('article, main, [itemprop="articleBody"]') !== null
  );
}

/** Lines that prompt the reader rather than tell the story, when they stand alone as a paragraph. */
const PROMPT_PATTERN =
  /^(read more|related( stories| articles| coverage)?|most (read|popular|viewed)|more from|also on|sign up|subscribe|share (this|on)|follow us|advertisement|sponsored|recommended)\b/i;

/** A prompt paragraph is short: a real paragraph that starts with such words goes on longer. */
const MAX_PROMPT_LENGTH = 120;

/** Removes stray prompts ("Read more:", "Advertisement") left in the clean article. */
export function pruneStrayPrompts(root: Element): void {
  for (const block of [...root.querySelectorAll('p, h2, h3, h4, h5, h6, li, div')]) {
    if (!block.isConnected) continue;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > MAX_PROMPT_LENGTH || !PROMPT_PATTERN.test(text)) continue;
    const next = block.nextElementSibling;
    if (/^H[2-6]$/.test(block.tagName) && next && /^(UL|OL)$/.test(next.tagName)) next.remove();
    block.remove();
  }
}
