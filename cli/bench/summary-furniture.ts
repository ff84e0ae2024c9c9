import { parsePage, releasePages, reportFromHtml } from '../node-page';
import { extractionDevPages, readabilityTestPages } from './data';
import type { BenchResult } from './docs';
import { formatTable, markdownTable } from './stats';

/**
 * Elements of a saved page that hold no story: captions, photo and image boxes, credits, bylines,
 * author boxes, datelines, related links and sign-up prompts, as publishing systems name them. The
 * check reads the source page, not Crux's extraction, so it sees what extraction may have missed.
 */
const FURNITURE =
  'figcaption, [class*="caption" i], [id*="caption" i], [class*="credit" i], [class*="byline" i], [class*="author" i], [class*="dateline" i], [class*="timestamp" i], [class*="photo" i], [class*="image" i], [class*="related" i], [class*="promo" i], [class*="newsletter" i]';

/**
 * A furniture element holds a summary sentence when its text holds the sentence and not much more: a
 * wrapper around the whole article also "holds" every sentence, and is no caption.
 */
const MOST_TEXT_AROUND = { ratio: 1.6, characters: 40 } as const;

/**
 * Summarises every saved page of the shared data (Readability's test pages and extraction-dev) and
 * lists each summary sentence that stands inside a caption, credit, byline or other furniture element
 * of the source page. Some hits are wrappers a page happens to name "image" around its story text:
 * each is listed, for a reader to judge.
 */
export async function runSummaryFurnitureBench(): Promise<BenchResult | null> {
  const pages = [...readabilityTestPages(), ...extractionDevPages()];
  if (pages.length === 0) return null;
  let sentences = 0;
  const hits: string[][] = [];
  for (const page of pages) {
    const result = reportFromHtml(page.html, page.url);
    if (result.ok) {
      const dom = parsePage(page.html, page.url);
      const boxes = [...dom.window.document.querySelectorAll(FURNITURE)];
      for (const sentence of result.report.summary) {
        sentences += 1;
        const wanted = normalized(sentence);
        const box = boxes.find((element) => {
          const text = normalized(element.textContent ?? '');
          return (
            text.includes(wanted) &&
            text.length < wanted.length * MOST_TEXT_AROUND.ratio + MOST_TEXT_AROUND.characters
          );
        });
        // In backticks, so the markdown table shows the tag as text rather than as HTML.
        if (box !== undefined)
          hits.push([page.name, `\`<${box.tagName.toLowerCase()} class="${box.className}">\``]);
      }
      dom.window.close();
    }
    await releasePages();
  }
  const heading =
    `${pages.length} saved pages, ${sentences} summary sentences; ${hits.length} stand inside a caption, ` +
    'credit, byline or other furniture element of the source page:';
  const rows = [['page', 'element that holds the sentence'], ...hits];
  return {
    text: [heading, '', formatTable(rows)].join('\n'),
    markdown: [heading, '', markdownTable(rows)].join('\n'),
  };
}

function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
