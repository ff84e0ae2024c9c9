/** A section heading of the article, as the contents list it. */
export interface ContentsHeading {
  /** The heading in the article: it keeps its identity when the article is drawn in parts. */
  element: HTMLElement;
  /** Its text, runs of white space as one space, cut to `MAX_ENTRY_CHARACTERS`. */
  text: string;
  /** 1 for the article's highest heading level, 2 for the next; deeper ones are not listed. */
  level: 1 | 2;
}

/** With fewer sections than this, a glance at the article does what the contents would. */
export const MIN_HEADINGS = 3;
/** Entries are cut here: the panel is narrow, and a heading that runs longer is a paragraph in disguise. */
export const MAX_ENTRY_CHARACTERS = 100;
/** Every heading level: an `<h1>` inside the body is a section heading too, below the article's title. */
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** A heading inside one of these names a figure, a table, a quoted passage or a side note, not a section. */
const NOT_SECTIONS = 'figure, table, blockquote, aside, nav';
/** The two heading levels the contents show: more would make a long panel a second article. */
const LEVELS_SHOWN = 2;

/**
 * The article's section headings for its contents, in order: the two highest heading levels present,
 * less any heading that repeats the article's `title`; none when there are fewer than `MIN_HEADINGS`.
 */
export function contentsHeadings(body: ParentNode, title?: string): ContentsHeading[] {
  const repeatsTitle = (text: string): boolean =>
    title !== undefined && text.toLowerCase() === collapseSpaces(title).toLowerCase();
  const found = [...body.querySelectorAll<HTMLElement>(HEADINGS)]
    .map((element) => ({ element, text: collapseSpaces(element.textContent ?? ''), rank: rankOf(element) }))
    .filter(({ element, text }) => text !== '' && !repeatsTitle(text) && !element.closest(NOT_SECTIONS));
  const ranks = [...new Set(found.map(({ rank }) => rank))].sort((a, b) => a - b).slice(0, LEVELS_SHOWN);
  const listed = found
    .filter(({ rank }) => ranks.includes(rank))
    .map(({ element, text, rank }): ContentsHeading => ({
      element,
      text: cutToLength(text),
      level: rank === ranks[0] ? 1 : 2,
    }));
  return listed.length >= MIN_HEADINGS ? listed : [];
}

/** 1 for `<h1>` to 6 for `<h6>`. */
function rankOf(heading: Element): number {
  return Number(heading.tagName.slice(1));
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` cut to `MAX_ENTRY_CHARACTERS` characters (whole characters, not UTF-16 halves), with an ellipsis. */
function cutToLength(text: string): string {
  const characters = [...text];
  if (characters.length <= MAX_ENTRY_CHARACTERS) return text;
  return `${characters
    .slice(0, MAX_ENTRY_CHARACTERS - 1)
    .join('')
    .trimEnd()}…`;
}
