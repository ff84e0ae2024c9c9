import { attributeHolds, hasTag, selectFirst } from './select';
import { normalized } from './text';

/**
 * The headline, standfirst and lead figure a page shows above its body. Readability keeps only the
 * body's container, so a standfirst or figure that sits between the headline and that container is
 * lost; they are found here before Readability runs and put back when it dropped them.
 */
export interface Lead {
  headline: string | null;
  standfirst: Element | null;
  figure: Element | null;
}

/** Class words of a standfirst: the summary line under a headline. */
const STANDFIRST_PATTERN =
  /(^|[\s_-])(standfirst|dek|subtitle|subheadline|sub-headline|summary|lede)([\s_-]|$)/i;

/** A paragraph this long is the body's first: the lead is everything before it. */
const BODY_PARAGRAPH_LENGTH = 150;

/** The lead sits near its headline; looking further would cost time on long pages for nothing. */
const MAX_LEAD_ELEMENTS = 300;

/** The page's own summary of its story. */
const DESCRIPTION = 'meta[name="description"], meta[property="og:description"]';

function mayBeDescription(element: Element): boolean {
  return (
    hasTag(element, ['meta']) &&
    (attributeHolds(element, 'name', ['description']) ||
      attributeHolds(element, 'property', ['og:description']))
  );
}

/** Finds the lead of a page (a copy: the elements are cloned, so Readability may change the copy). */
export function findLead(document: Document): Lead {
  const body = document.body;
  const headline = body ? selectFirst(body, 'h1', (element) => hasTag(element, ['h1'])) : null;
  if (!headline) return { headline: null, standfirst: null, figure: null };
  const description = normalized(
    selectFirst(document, DESCRIPTION, mayBeDescription)?.getAttribute('content'),
  );
  let standfirst: Element | null = null;
  let figure: Element | null = null;
  const walker = document.createTreeWalker(document.body ?? headline, 1);
  walker.currentNode = headline;
  for (let seen = 0; seen < MAX_LEAD_ELEMENTS && walker.nextNode(); seen += 1) {
    const element = walker.currentNode as Element;
    if (headline.contains(element)) continue;
    const text = normalized(element.textContent);
    if (!standfirst && text && (sameText(text, description) || isStandfirstBlock(element))) {
      standfirst = element.querySelector('p') ?? element;
      continue;
    }
    if (!figure && element.tagName === 'FIGURE' && element.querySelector('img')) {
      figure = element;
      continue;
    }
    if (element.tagName === 'P' && text.length >= BODY_PARAGRAPH_LENGTH && !standfirst?.contains(element))
      break;
  }
  return {
    headline: normalized(headline.textContent) || null,
    standfirst: standfirst ? (standfirst.cloneNode(true) as Element) : null,
    figure: figure ? (figure.cloneNode(true) as Element) : null,
  };
}

/**
 * Puts the lead back in front of Readability's article element, when the lead belongs to this article
 * (its headline is the title, or the article prints it) and Readability dropped it.
 */
export function withLead(content: Element, articleText: string, title: string | null, lead: Lead): void {
  const text = normalized(articleText);
  if (!lead.headline || !title) return;
  if (!sameText(lead.headline, normalized(title)) && !text.includes(lead.headline)) return;
  const missing = [lead.standfirst, lead.figure].filter(
    (element): element is Element => element !== null && !isIn(element, text, content),
  );
  content.prepend(...missing);
}

function isStandfirstBlock(element: Element): boolean {
  return STANDFIRST_PATTERN.test(element.getAttribute('class') ?? '');
}

/** Whether Readability kept the element: its text, or for a bare image its address, is in the article. */
function isIn(element: Element, articleText: string, content: Element): boolean {
  const text = normalized(element.textContent);
  if (text) return articleText.includes(text);
  const source = element.querySelector('img')?.getAttribute('src')?.split(/[?#]/)[0]?.split('/').pop();
  // Anywhere in the markup: a lazy page names the image in `data-src` or `srcset` as well as `src`.
  return !source || content.innerHTML.includes(source);
}

/** Two texts say the same, whatever the final full stop. */
function sameText(a: string, b: string): boolean {
  return a.length > 0 && a.replace(/[.!?]$/, '') === b.replace(/[.!?]$/, '');
}
