import { normalized } from './text';

/**
 * Class and id words of the regions beside and below a page's story: sidebars, widget columns,
 * rails, footers. Matched as whole words ("sidebar-right", "footer_links"), so "railway" stays.
 */
const SIDE_REGION_PATTERN = /(^|[\s_-])(sidebar|side-bar|widgets?|rail|footer)([\s_-]|$)/i;

/** Elements that are side or foot regions by their tag. */
const SIDE_REGION_TAGS = 'aside, footer';

/** Containers that hold an article: a side region around one of them is a wrapper, not a region. */
const ARTICLE_CONTAINER = 'article, main, [role="main"], [itemprop="articleBody"]';

/** A heading this short is too common to be the story's title ("News", "Home"). */
const MIN_TITLE_HEADING_LENGTH = 10;

/**
 * The heading that names the page's story: of the h1–h3 whose words the page's title (or Open Graph
 * title) contains, the longest, so a post's title wins over the blog's name that the title also holds.
 * Null when no heading matches: the page gives no anchor.
 */
export function titleHeading(document: Document): Element | null {
  const titles = [
    document.title,
    document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
  ]
    .map((title) => normalized(title).toLowerCase())
    .filter((title) => title.length > 0);
  if (titles.length === 0 || !document.body) return null;
  let best: Element | null = null;
  let bestLength = MIN_TITLE_HEADING_LENGTH - 1;
  for (const heading of document.body.querySelectorAll('h1, h2, h3')) {
    const text = normalized(heading.textContent).toLowerCase();
    if (text.length <= bestLength || isMasthead(heading)) continue;
    if (titles.some((title) => title.includes(text))) {
      best = heading;
      bestLength = text.length;
    }
  }
  return best;
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
  for (const region of [...body.querySelectorAll(`${SIDE_REGION_TAGS}, [class], [id]`)]) {
    if (!region.isConnected || region.contains(anchor) || story?.contains(region)) continue;
    if (!region.matches(SIDE_REGION_TAGS) && !isSideRegionName(region)) continue;
    if (region.matches(ARTICLE_CONTAINER) || region.querySelector(ARTICLE_CONTAINER)) continue;
    region.remove();
  }
}

/** Where a site prints its own name: a page header, logo or masthead outside any article. */
const MASTHEAD_PATTERN = /(^|[\s_-])(header|masthead|logo|branding|site-title|blog-title)([\s_-]|$)/i;

/**
 * Whether a heading is the site's name, not the story's title: it links to the site's home page, or it
 * sits in the page's header (its masthead, logo) outside any article.
 */
function isMasthead(heading: Element): boolean {
  const link = heading.querySelector('a[href]') ?? heading.closest('a[href]');
  if (link && isHomeLink(link, heading.ownerDocument)) return true;
  if (heading.closest(ARTICLE_CONTAINER)) return false;
  for (let element = heading.parentElement; element; element = element.parentElement) {
    if (element.tagName === 'HEADER' || element.getAttribute('role') === 'banner') return true;
    const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
    if (MASTHEAD_PATTERN.test(names)) return true;
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

function isSideRegionName(element: Element): boolean {
  return [element.getAttribute('class'), element.getAttribute('id')].some(
    (name) => name !== null && SIDE_REGION_PATTERN.test(name),
  );
}
