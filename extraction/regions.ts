import { ARTICLE_CONTAINER, articleContainerTest, wholeWords } from './prune';
import { attributeHolds, elementsUnder, hasTag, selectAll, selectFirst } from './select';
import { normalized } from './text';

/**
 * Class and id words of the regions beside and below a page's story: sidebars, widget columns,
 * rails, footers. Matched as whole words ("sidebar-right", "footer_links"), so "railway" stays.
 */
const SIDEBAR_WORDS = ['sidebar', 'side-bar', 'rail'];
const SIDE_REGION_PATTERN = wholeWords([...SIDEBAR_WORDS, 'widgets?', 'footer'], true);

/** Elements that are side or foot regions by their tag. */
const SIDE_REGION_TAGS = 'aside, footer';

function hasSideRegionTag(element: Element): boolean {
  return hasTag(element, ['aside', 'footer']) && element.matches(SIDE_REGION_TAGS);
}

/** A side region holds less than this share of the page's text (or the page is no story: see below). */
const MAX_REGION_SHARE = 0.5;

/** Elements that hold one story: a region inside one belongs to it. */
const STORY_CONTAINER = 'article, [itemprop="articleBody"]';

/** A heading this short is too common to be the story's title ("News", "Home"). */
const MIN_TITLE_HEADING_LENGTH = 8;

/**
 * The heading that names the page's story: of the h1–h3 whose words the page's title (or Open Graph
 * title) contains, the longest, so a post's title wins over the blog's name that the title also holds.
 * Words are compared without their punctuation: a title may write "Im in" for the heading's "I’m in…".
 * Null when no heading matches: the page gives no anchor.
 */
export function titleHeading(document: Document): Element | null {
  const titles = [
    document.title,
    selectFirst(
      document,
      'meta[property="og:title"]',
      (element) => hasTag(element, ['meta']) && attributeHolds(element, 'property', ['og:title']),
    )?.getAttribute('content'),
  ]
    .map(letters)
    .filter((title) => title.length > 0);
  if (titles.length === 0 || !document.body) return null;
  let best: Element | null = null;
  let bestLength = MIN_TITLE_HEADING_LENGTH - 1;
  for (const heading of selectAll(document.body, 'h1, h2, h3', isHeading)) {
    const text = letters(heading.textContent);
    if (text.length <= bestLength || !titles.some((title) => title.includes(text))) continue;
    // A heading that is a whole title is the story's wherever it sits; one that is part of the title may
    // be the site's name in its masthead, or a sidebar's heading over the author's name.
    if (titles.includes(text) || isEntryTitle(heading)) {
      best = heading;
      bestLength = text.length;
    }
  }
  return best;
}

function isHeading(element: Element): boolean {
  return hasTag(element, ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
}

/** A text's letters and digits, lowercased: what a title and a heading are compared on. */
function letters(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Removes the regions beside and below the story (sidebars, widget columns, footers) that do not hold
 * the story's title heading. On a short blog post the sidebar's "About me" and disclaimer outweigh the
 * post, and Readability takes them for the article; whatever their size, a region that does not hold
 * the story's title is not the story. Without a title heading nothing is removed.
 */
export function pruneSideRegions(document: Document, anchor: Element | null): void {
  const body = document.body;
  if (!anchor || !body) return;
  // The heading's own container (the post with its footer of tags and links) is the story's to keep.
  const story = anchor.parentElement === body ? null : anchor.parentElement;
  const pageLength = (body.textContent ?? '').length;
  const inMasthead = isMasthead(anchor);
  const isArticleContainer = articleContainerTest(body, ARTICLE_CONTAINER);
  // Names are read before any region goes: removing elements renames none.
  const regions = elementsUnder(body).filter(
    (element) => hasSideRegionTag(element) || hasName(element, SIDE_REGION_PATTERN),
  );
  for (const region of regions) {
    if (!region.isConnected || region.contains(anchor) || story?.contains(region)) continue;
    if (isArticleContainer(region)) continue;
    // Inside an article a "widget" is an embed of the story (an image, a chart) and an aside its fact
    // box: only its footer (tags, the author's bio) is not the story.
    if (region.parentElement?.closest(STORY_CONTAINER) && !isFooter(region)) continue;
    // Under a title heading in the masthead, a region with most of the page's words is the page's
    // content under a region's name (a blog's posts in a "widget"), and the heading the site's name.
    if (inMasthead && (region.textContent ?? '').length > pageLength * MAX_REGION_SHARE) continue;
    region.remove();
  }
}

/** A heading's own names that make it the site's name. */
const SITE_NAME_WORDS = ['banner', 'masthead', 'logo', 'branding', 'site-title', 'blog-title'];
const SITE_NAME_PATTERN = wholeWords(SITE_NAME_WORDS, true);

/** Where a site prints its own name: a page header, banner, logo or masthead around the heading. */
const MASTHEAD_PATTERN = wholeWords(['header', ...SITE_NAME_WORDS], true);

/**
 * A blog entry marked up as one (the hAtom and h-entry microformats): its "entry-header" is the post's,
 * not the site's.
 */
const ENTRY_CONTAINER = `${ARTICLE_CONTAINER}, .hentry, .h-entry`;

/**
 * Whether a heading that is part of the page's title is the story's: not a link to the site's home page,
 * and inside an article or entry, or neither the site's name in its masthead nor a widget's title
 * ("widget-header" over the author's name in a sidebar).
 */
function isEntryTitle(heading: Element): boolean {
  if (linksHome(heading)) return false;
  if (heading.closest(ENTRY_CONTAINER)) return true;
  return !inMasthead(heading) && !hasName(heading, SIDE_REGION_PATTERN) && !inSidebar(heading);
}

/** A sidebar by its name; a "widget" may hold a blog's posts, and an `aside` a whole post. */
const SIDEBAR = wholeWords(SIDEBAR_WORDS, true);

/** Whether an element sits in a sidebar that holds less than half of the page's words. */
function inSidebar(element: Element): boolean {
  const pageLength = (element.ownerDocument.body?.textContent ?? '').length;
  for (let region = element.parentElement; region; region = region.parentElement) {
    if (!hasName(region, SIDEBAR)) continue;
    if ((region.textContent ?? '').length <= pageLength * MAX_REGION_SHARE) return true;
  }
  return false;
}

/** Whether a heading is the site's name, not the story's title: a link home, or in the masthead. */
function isMasthead(heading: Element): boolean {
  return linksHome(heading) || inMasthead(heading);
}

/** Whether a heading holds, or sits in, a link to the site's home page. */
function linksHome(heading: Element): boolean {
  const link = heading.querySelector('a[href]') ?? heading.closest('a[href]');
  return link !== null && isHomeLink(link, heading.ownerDocument);
}

/**
 * Whether a heading is named for the site's banner or logo, or sits in the page's header, outside any
 * article. A heading named "header" itself ("story-header", "entry-header") is a story's as often as a
 * site's.
 */
function inMasthead(heading: Element): boolean {
  if (heading.closest(ARTICLE_CONTAINER)) return false;
  if (hasName(heading, SITE_NAME_PATTERN)) return true;
  for (let element = heading.parentElement; element; element = element.parentElement) {
    if (element.tagName === 'HEADER' || element.getAttribute('role') === 'banner') return true;
    if (hasName(element, MASTHEAD_PATTERN)) return true;
  }
  return false;
}

function isHomeLink(link: Element, document: Document): boolean {
  try {
    const url = new URL(link.getAttribute('href') ?? '', document.baseURI);
    return (url.pathname === '/' || url.pathname === '') && url.search === '';
  } catch {
    return false;
  }
}

function isFooter(element: Element): boolean {
  return element.tagName === 'FOOTER' || hasName(element, FOOTER_NAME);
}

/** A footer's name as a whole word: "entry-footer", "post_footer". */
const FOOTER_NAME = wholeWords(['footer'], true);

/** Whether the element's class or id matches `pattern`. */
function hasName(element: Element, pattern: RegExp): boolean {
  return [element.getAttribute('class'), element.getAttribute('id')].some(
    (name) => name !== null && pattern.test(name),
  );
}

/**
 * A heading that opens the readers' part of a page ("Comments", "23 Responses to “Title”", "Leave a
 * Reply", "Trackback Pings", "One thought on “Title”"): what follows it is theirs, not the story. A
 * story's own section may be called "Response" or "Discussion", so those words count only with a number.
 */
const COMMENTS_HEADING = new RegExp(
  [
    String.raw`^(?:\d+|no|one|two|three)\s+(?:comments?|responses?|replies|thoughts?|trackbacks?|pingbacks?)(?:\s+(?:to|on)\s+.{1,200})?:?$`,
    String.raw`^(?:readers?['’]?\s+)?(?:comments|trackbacks?|trackback pings|pingbacks?)(?:\s*\(\d+\))?:?$`,
    String.raw`^(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:comment|reply|response)\b`,
  ].join('|'),
  'i',
);

/** A comments heading is a short label, not a sentence. */
const MAX_COMMENTS_HEADING_LENGTH = 250;

/**
 * Removes the readers' sections that follow the story: a comments heading after the title heading,
 * with everything after it in its container. Blogging systems print comments as bare paragraphs in the
 * post's own container, where no class name tells them from the post; the heading above them does.
 */
export function pruneCommentSections(document: Document, anchor: Element | null): void {
  if (!anchor || !document.body) return;
  for (const heading of selectAll(document.body, 'h1, h2, h3, h4, h5, h6', isHeading)) {
    if (!heading.isConnected || !(anchor.compareDocumentPosition(heading) & FOLLOWING)) continue;
    const text = normalized(heading.textContent);
    if (text.length > MAX_COMMENTS_HEADING_LENGTH || !COMMENTS_HEADING.test(text)) continue;
    let next = heading.nextSibling;
    while (next) {
      const after = next.nextSibling;
      next.remove();
      next = after;
    }
    heading.remove();
  }
}

/** `Node.DOCUMENT_POSITION_FOLLOWING`, spelt out: jsdom's copies have no global `Node` in Node.js. */
const FOLLOWING = 4;
