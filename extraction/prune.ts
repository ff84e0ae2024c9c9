import { attributeHolds, elementsUnder, hasTag, selectAll } from './select';

/** Names of readers' comments: clutter, and at any length once the story's title is known. */
const COMMENT_WORDS = ['comments', 'comment', 'disqus'];

/**
 * Class, id, role and label words of page furniture that is never the article: share bars, newsletter
 * boxes, related and most-read lists, cookie banners, comments, ads, the site's own description (which
 * outweighs a short post). Matched as whole words of the
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
  'sign-up',
  'sign-off',
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
  ...COMMENT_WORDS,
  'ad',
  'ads',
  'advert',
  'advertisement',
  'sponsored',
  'promo',
  'see-also',
  'see-alsos',
  'site-description',
  'blog-description',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'outbrain',
  'taboola',
  'paywall',
  'author-bio',
  'about-author',
  'about-the-author',
  'author-box',
  'author-info',
  'bio',
  'signature',
  'epic',
  'contributions',
  'donate',
  // Text for screen readers only ("Image caption, "): a sighted reader of the page never sees it.
  'visually-hidden',
  'visuallyhidden',
  'sr-only',
  'screen-reader-text',
];
/** A word of two parts matches with either joiner or none: "about-author", "about_author", "signup". */
const CLUTTER_PATTERN = wholeWords(CLUTTER_WORDS);

/**
 * Names made of any of `words` as whole words of a class or id. By default a two-part word matches with
 * any joiner or none ("about-author", "about_author", "aboutauthor"); `asWritten` keeps each joiner.
 */
export function wholeWords(words: string[], asWritten = false): RegExp {
  const alternatives = asWritten ? words : words.map((word) => word.replaceAll('-', '[_-]?'));
  return new RegExp(`(^|[\\s_-])(${alternatives.join('|')})([\\s_-]|$)`, 'i');
}

/** Landmark roles that frame a page rather than tell its story. */
const FRAME_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'dialog'];

/** Landmark roles and elements that frame a page rather than tell its story. */
const FRAME_SELECTOR = [
  'nav',
  ...FRAME_ROLES.map((role) => `[role="${role}"]`),
  '[aria-modal="true"]',
  'dialog',
].join(', ');

/** What every frame has: its tag, one of the roles, or `aria-modal`. */
function mayBeFrame(element: Element): boolean {
  return (
    hasTag(element, ['nav', 'dialog']) ||
    attributeHolds(element, 'role', FRAME_ROLES) ||
    attributeHolds(element, 'aria-modal', ['true'])
  );
}

/** Elements that name themselves: a clutter name is looked for on these. */
const NAMED_ELEMENTS = '[class], [id], [aria-label], [data-testid], [data-component-name]';

/** A clutter element holding more text than this is probably a wrapper of the article: keep it. */
const MAX_CLUTTER_TEXT = 1500;

/**
 * A section heading whose class says "header" ("header-anchor-post") is a heading, but Readability
 * takes the word for page furniture and drops it.
 */
const HEADING_WITH_HEADER_CLASS = 'h2[class*="header" i], h3[class*="header" i], h4[class*="header" i]';

/**
 * A dateline opening a paragraph ("CAIRO —") is story text, but once the page's byline is pruned
 * Readability takes its class for a byline and drops it.
 */
const DATELINE_IN_PARAGRAPH = 'p [class*="dateline" i]';

/** Text a code block's wrapper may add to the code ("Copy", a language label) and still be a wrapper. */
const MAX_CODE_WRAPPER_EXTRA_TEXT = 40;

/** Removes page furniture from a copy of the page before Readability reads it. */
export function pruneClutter(document: Document, titleHeading: Element | null = null): void {
  const body = document.body;
  if (!body) return;
  const headerHeadings = selectAll(body, HEADING_WITH_HEADER_CLASS, (element) =>
    attributeHolds(element, 'class', ['header']),
  );
  for (const heading of headerHeadings) {
    if (!hasClutterName(heading)) heading.removeAttribute('class');
  }
  const codeBlocks = selectAll(body, 'pre', (element) => hasTag(element, ['pre']));
  for (const code of codeBlocks) unweightCodeWrappers(code);
  const datelines = selectAll(body, DATELINE_IN_PARAGRAPH, (element) =>
    attributeHolds(element, 'class', ['dateline']),
  );
  for (const dateline of datelines) dateline.removeAttribute('class');
  const isArticleContainer = articleContainerTest(body, ARTICLE_HOLDER);
  // Names are read before any element goes: removing elements renames none.
  const candidates = elementsUnder(body).filter(
    (element) => isFrame(element) || (hasClutterName(element) && element.matches(NAMED_ELEMENTS)),
  );
  for (const element of candidates) {
    if (!element.isConnected) continue;
    if (isArticleContainer(element)) continue;
    if ((element.textContent ?? '').length > MAX_CLUTTER_TEXT && !isLongComments(element, titleHeading))
      continue;
    element.remove();
  }
}

function isFrame(element: Element): boolean {
  return mayBeFrame(element) && element.matches(FRAME_SELECTOR);
}

/**
 * Clears the class and id of the wrappers around a code block ("codeBlockContent"), which Readability
 * would score as the article's container for the word "content" and keep only the code.
 */
function unweightCodeWrappers(code: Element): void {
  const limit = (code.textContent ?? '').length + MAX_CODE_WRAPPER_EXTRA_TEXT;
  for (
    let wrapper = code.parentElement;
    wrapper && wrapper.tagName === 'DIV';
    wrapper = wrapper.parentElement
  ) {
    if ((wrapper.textContent ?? '').length > limit) return;
    wrapper.removeAttribute('class');
    wrapper.removeAttribute('id');
  }
}

/**
 * Class names that are hooks for a page's scripts ("js-social-images", "js_share"), not words about what
 * the block is: a site's script may share the article's images without the article being a share bar.
 */
const SCRIPT_HOOK = /(^|\s)js[-_][^\s]*/gi;

/**
 * Readers' comments under names joined into one word ("commentbody", "commentlist", "postcomments"),
 * as blogging systems write them; "commentary" is a kind of article, not its comments.
 */
const COMMENTS_PATTERN = /(^|[\s_-])(comment(?!ary)[a-z]+|[a-z]+comments?)([\s_-]|$)/i;

/** An element's class (without script hooks) and id: the names it gives itself. */
function ownNames(element: Element): (string | null)[] {
  return [element.getAttribute('class')?.replace(SCRIPT_HOOK, ' ') ?? null, element.getAttribute('id')];
}

function hasClutterName(element: Element): boolean {
  const names = [
    ...ownNames(element),
    element.getAttribute('aria-label'),
    element.getAttribute('data-component'),
    element.getAttribute('data-component-name'),
    element.getAttribute('data-testid'),
  ];
  return names.some((name) => name !== null && (CLUTTER_PATTERN.test(name) || COMMENTS_PATTERN.test(name)));
}

/** Readers' comments under their usual names, as whole words. */
const COMMENT_NAME = wholeWords(COMMENT_WORDS);

/**
 * Whether a long block is readers' comments, not a wrapper of the story: it is named for comments and
 * does not hold the story's title heading. Without a title heading, no long block is taken for comments.
 */
function isLongComments(element: Element, titleHeading: Element | null): boolean {
  if (!titleHeading || element.contains(titleHeading)) return false;
  return ownNames(element).some(
    (name) => name !== null && (COMMENT_NAME.test(name) || COMMENTS_PATTERN.test(name)),
  );
}

/** Elements that hold a page's article: never clutter, nor a region beside the story. */
export const ARTICLE_CONTAINER = 'article, main, [role="main"], [itemprop="articleBody"]';

/** The article containers that make a block holding one a wrapper of the article, not clutter. */
const ARTICLE_HOLDER = 'article, main, [itemprop="articleBody"]';

/** What every article container has: its tag, or "main" or "articleBody" in any case in its role or `itemprop`. */
function mayBeArticleContainer(element: Element): boolean {
  return (
    hasTag(element, ['article', 'main']) ||
    attributeHolds(element, 'role', ['main']) ||
    attributeHolds(element, 'itemprop', ['articlebody'])
  );
}

/**
 * A test of whether an element is an article container, or holds one that matches `held` (some of
 * `ARTICLE_CONTAINER`'s selectors): `matches(ARTICLE_CONTAINER) || querySelector(held) !== null`, with
 * the page's containers found once instead of a query of each element's subtree. Until the test is
 * done with, elements may leave the page, but none may join it or be renamed.
 */
export function articleContainerTest(root: Element, held: string): (element: Element) => boolean {
  const containers = selectAll(root, ARTICLE_CONTAINER, mayBeArticleContainer);
  const holders = containers.filter((container) => container.matches(held));
  return (element) =>
    containers.includes(element) || holders.some((holder) => holder !== element && element.contains(holder));
}

/** Lines that prompt the reader rather than tell the story, when they stand alone as a paragraph. */
const PROMPT_PATTERN =
  /^(also on|sign up|subscribe|share (this|on)|follow us|advertisement|sponsored|support us|follow [^.]{1,50} on (x|twitter|facebook|instagram|threads|bluesky|tiktok|linkedin|youtube)\b)/i;

/** Labels that are prompts only as a label: alone or before a colon ("Related: ...", not "Related to"). */
const LABEL_PATTERN =
  /^(read more|read next|related( stories| articles| coverage| content)?|most (read|popular|viewed)|more from [^:]{1,40}|recommended( for you)?|more on this (story|topic))(\s*[:|»›]|$)/i;

/** Words that open a prompt when the whole block is one link or button ("Share Main Street Ledger"). */
const LINK_PROMPT_PATTERN =
  /^(share|subscribe|sign up|follow|support|donate|join|get the app|read more|continue reading)\b/i;

/** A month's name or its abbreviation, as a pattern's source (case-insensitive): "Feb.", "March". */
export const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A date as pages print it: "Feb. 12, 2025", "30 Mar 2025", "2025-03-30", "3 hours ago". */
const DATE = `(${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH} \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d+ (minutes?|hours?|days?) ago)`;
/** An optional time after it: ", 9:15 a.m.", "at 3:15 PM PDT". */
const TIME = '([ ,]+(at )?\\d{1,2}[:.]\\d{2}( ?[ap]\\.?m\\.?)?( [a-z]{2,4})?)?';

/** Ad labels and stamp lines: the whole block is a label, a reading time, a date or an update stamp. */
const STAMP_PATTERNS = [
  /^(advertisement|advertising|ad|sponsored( content)?|paid content|story continues below( advertisement)?)$/i,
  /^\d+ min(ute)?s? read$/i,
  // The running time left of a video card the reader view cannot play: "01:52".
  /^\d{1,2}:\d{2}(:\d{2})?$/,
  new RegExp(
    `^((originally )?published|updated|last (updated|modified)|posted)( on)?:? ${DATE}${TIME}$`,
    'i',
  ),
  new RegExp(`^${DATE}${TIME}$`, 'i'),
];

/** A prompt paragraph is short: a real paragraph that starts with such words goes on longer. */
const MAX_PROMPT_LENGTH = 120;

/** Stamp lines are shorter still: "Updated March 21, 2025 at 9:40 PM PDT" and the like. */
const MAX_STAMP_LENGTH = 80;

/**
 * A wire story's sign-off ("Reporting by …; Editing by …", "Contributing: …") and a newspaper's
 * reporting credit ("Jane Doe reported from Kyiv."): who worked on the story, which the byline
 * already says.
 */
const SIGN_OFF_PATTERNS = [
  /^(([Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by \p{Lu}/u,
  /^[Cc]ontributing: \p{Lu}/u,
  /^\p{Lu}[\p{L}.'’ -]{2,80} (reported|contributed reporting|contributed research)( from [^.]{2,80})?\.?$/u,
  // The print edition's note: "A version of this article appears in print on …, on page A2 …".
  /^A version of this (article|story|review) (appeared|appears)\b/,
];

/** Sign-offs name several people and places, so they run longer than a prompt. */
const MAX_SIGN_OFF_LENGTH = 300;

/** Blocks that may stand alone as a prompt or stamp; list items and cells are left to their lists. */
const PROMPT_BLOCKS = 'p, h2, h3, h4, h5, h6, li, div';

/**
 * Removes stray prompts ("Read more:", "[Related: ...]", "Share this"), sign-offs, ad labels and date stamps left
 * in the clean article.
 */
export function pruneStrayPrompts(root: Element): void {
  for (const block of [...root.querySelectorAll(PROMPT_BLOCKS)]) {
    if (!block.isConnected) continue;
    const text = promptText(block.textContent ?? '');
    if (text.length === 0 || text.length > MAX_SIGN_OFF_LENGTH) continue;
    if (!(text.length <= MAX_PROMPT_LENGTH && isPrompt(block, text)) && !isSignOff(block, text)) continue;
    const next = block.nextElementSibling;
    if (/^H[2-6]$/.test(block.tagName) && next && /^(UL|OL)$/.test(next.tagName)) next.remove();
    block.remove();
  }
}

function isSignOff(block: Element, text: string): boolean {
  return block.tagName === 'P' && SIGN_OFF_PATTERNS.some((pattern) => pattern.test(text));
}

/** A block's text without the brackets and dashes around labels ("[Related: ...]", "- Advertisement -"). */
function promptText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s[(\-–—•|]+|[\s\])\-–—•|]+$/g, '')
    .trim();
}

function isPrompt(block: Element, text: string): boolean {
  if (PROMPT_PATTERN.test(text) || LABEL_PATTERN.test(text)) return true;
  if (
    (block.tagName !== 'LI' || block.querySelector('time') !== null) &&
    text.length <= MAX_STAMP_LENGTH &&
    STAMP_PATTERNS.some((stamp) => stamp.test(text))
  ) {
    return true;
  }
  if (TAXONOMY_PATTERN.test(text) && isMostlyLinks(block, text)) return true;
  return LINK_PROMPT_PATTERN.test(text) && isAllLinkText(block, text);
}

/**
 * A post's filing line: "Posted in Vegetables and tagged hail, tomatoes. Bookmark the permalink.",
 * "Filed under: Politics | 3 comments", "Tags: Nokia, Qt". Its categories and tags are links, which
 * tells it from a sentence ("Posted in 2019, the video went round the world").
 */
const TAXONOMY_PATTERN =
  /^(?:this (?:entry|post) was )?(?:posted|filed) (?:in|under)\b|^(?:tags|tagged|labels|categories|filed under)\s*:/i;

/** Whether links carry at least half of a block's words: a list of categories, not a sentence. */
function isMostlyLinks(block: Element, text: string): boolean {
  return linkedLength(block) * 2 >= text.length;
}

/** Whether every word of the block sits inside a link: a call to action, not a sentence. */
function isAllLinkText(block: Element, text: string): boolean {
  return linkedLength(block) >= text.length;
}

/** The length of a block's link text, measured as `promptText` measures the block's. */
function linkedLength(block: Element): number {
  return promptText([...block.querySelectorAll('a')].map((link) => link.textContent ?? '').join(' ')).length;
}
