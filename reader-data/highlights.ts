import { storage } from 'wxt/utils/storage';
import { addressKey, withoutFragment } from './article-key';

/**
 * Where a highlight is, said as the W3C Web Annotation model's text quote selector says it: the words
 * themselves, with a few words before and after, so that it can be found again after small edits to
 * the page. A hint of where it was breaks ties between repeats of the same words.
 */
export interface TextQuote {
  /** The highlighted text, its runs of white space as one space. */
  exact: string;
  /** Up to `CONTEXT_CHARACTERS` of the text just before it. */
  prefix: string;
  /** Up to `CONTEXT_CHARACTERS` of the text just after it. */
  suffix: string;
  /** Where it started in the article's text when it was made (a hint, like a TextPositionSelector). */
  start: number;
}

/** The four highlight colours, the first the one a plain "highlight" uses. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** One passage the reader kept, with their note. */
export interface Highlight {
  /** Random, unique among the article's highlights: what the popup and the marks name it by. */
  id: string;
  quote: TextQuote;
  color: HighlightColor;
  /** The reader's note, '' for none. */
  note: string;
  /** When it was made, in ms since the epoch: highlights are listed in reading order, this breaks ties. */
  at: number;
}

/** What the export says of the article a highlight came from. */
export interface ArticleAbout {
  /** The address without its fragment: the export's link, and what the key is a hash of. */
  url: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/** One article's highlights, with what an export says of the article. */
export interface ArticleHighlights extends ArticleAbout {
  highlights: Highlight[];
  /** When its highlights last changed, in ms since the epoch. */
  at: number;
}

/** Every article's highlights, by the hash of its address (`addressKey`). */
export type HighlightLibrary = Record<string, ArticleHighlights>;

/**
 * The most the highlights may take, in bytes of their stored JSON: under a third of the 10 MB that
 * Chrome gives an extension's `storage.local` (QUOTA_BYTES), so positions and settings keep room, yet
 * some ten thousand highlights with notes.
 */
export const MAX_HIGHLIGHT_BYTES = 3_000_000;
/** From this share of the bound on, the reader is told to export and make room, before it is reached. */
export const WARN_AT_SHARE = 0.8;
/** The longest passage one highlight keeps: a passage, not a whole article. */
export const MAX_QUOTE_CHARACTERS = 5_000;
/** The longest note: a few pages of the reader's own words. */
export const MAX_NOTE_CHARACTERS = 10_000;

/** The highlights: on this device only (`storage.local`), never synced, since notes may be private and long. */
const highlightLibrary = storage.defineItem<HighlightLibrary>('local:highlights', { fallback: {} });

/** Writes in this page, in order, so quick ones never undo one another. */
let pendingWrites: Promise<unknown> = Promise.resolve();

/** The result of a change: refused when it would pass the bound. */
export type HighlightsChange = { ok: true } | { ok: false; reason: 'full' | 'invalid' };

/** How much of the bound the library takes: its size in bytes, and that as a share of the bound. */
export function libraryUse(library: HighlightLibrary): { bytes: number; share: number } {
  const bytes = new TextEncoder().encode(JSON.stringify(library)).length;
  return { bytes, share: bytes / MAX_HIGHLIGHT_BYTES };
}

/** Every article's highlights, as stored and well formed. */
export async function allHighlights(): Promise<HighlightLibrary> {
  await pendingWrites;
  return validLibrary(await highlightLibrary.getValue());
}

/** The highlights of the article at `url`, or null when it has none. */
export async function articleHighlights(url: string): Promise<ArticleHighlights | null> {
  return (await allHighlights())[addressKey(url)] ?? null;
}

/** Runs `change` on the stored library as one write, after the writes before it; refused past the bound. */
function changeLibrary(change: (library: HighlightLibrary) => HighlightLibrary): Promise<HighlightsChange> {
  const write = pendingWrites.then(async (): Promise<HighlightsChange> => {
    const before = validLibrary(await highlightLibrary.getValue());
    const after = change(before);
    // A change that frees room is always allowed, even past the bound (after an import, say).
    if (libraryUse(after).bytes > Math.max(MAX_HIGHLIGHT_BYTES, libraryUse(before).bytes))
      return { ok: false, reason: 'full' };
    await highlightLibrary.setValue(after);
    return { ok: true };
  });
  pendingWrites = write.catch(() => undefined);
  return write;
}

/**
 * Changes the highlights of the article `about` describes: `change` gets them and returns the new
 * list. An article left with none is forgotten altogether.
 */
export function changeArticleHighlights(
  about: ArticleAbout,
  change: (highlights: Highlight[]) => Highlight[],
  now = Date.now(),
): Promise<HighlightsChange> {
  const url = withoutFragment(about.url);
  const key = addressKey(url);
  return changeLibrary((library) => {
    const { [key]: kept, ...others } = library;
    const highlights = change(kept?.highlights ?? []).filter(validHighlight);
    if (highlights.length === 0) return others;
    return { ...others, [key]: { ...about, url, highlights, at: now } };
  });
}

/**
 * Adds what an export holds to the library: an article's highlights join those already kept, and a
 * highlight already kept (the same id) keeps the version changed last. Refused whole when it would
 * pass the bound, or when `exported` is not a Crux export.
 */
export function importHighlights(exported: unknown): Promise<HighlightsChange> {
  const articles = exportedArticles(exported);
  if (!articles) return Promise.resolve({ ok: false, reason: 'invalid' });
  return changeLibrary((library) => {
    const merged = { ...library };
    for (const article of articles) {
      const key = addressKey(article.url);
      const kept = merged[key];
      const byId = new Map((kept?.highlights ?? []).map((highlight) => [highlight.id, highlight]));
      for (const highlight of article.highlights) {
        const known = byId.get(highlight.id);
        if (!known || highlight.at > known.at) byId.set(highlight.id, highlight);
      }
      const newer = !kept || article.at > kept.at ? article : kept;
      merged[key] = { ...newer, highlights: [...byId.values()], at: Math.max(article.at, kept?.at ?? 0) };
    }
    return merged;
  });
}

/** Deletes every highlight and note (the settings' "Delete all highlights"). */
export async function deleteAllHighlights(): Promise<void> {
  await pendingWrites;
  await highlightLibrary.removeValue();
}

/** Calls `onChange` with the library whenever any surface changes it; returns the call that stops it. */
export function watchHighlights(onChange: (library: HighlightLibrary) => void): () => void {
  return highlightLibrary.watch((stored) => onChange(validLibrary(stored)));
}

/** The format and version an export says it is, so an import knows it is reading one of ours. */
export const EXPORT_FORMAT = 'crux-highlights';
export const EXPORT_VERSION = 1;

/** Everything kept, as the JSON file "Export all" saves and "Import" reads back. */
export interface HighlightsExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** When it was exported, as an ISO 8601 date and time. */
  exported: string;
  articles: ArticleHighlights[];
}

/** The library as an export, its articles the most recently changed first. */
export function highlightsExport(library: HighlightLibrary, now = new Date()): HighlightsExport {
  const articles = Object.values(library).sort((one, other) => other.at - one.at);
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString(), articles };
}

/** The well-formed articles of an export, or null when it is not a Crux export at all. */
export function exportedArticles(exported: unknown): ArticleHighlights[] | null {
  if (!isObject(exported) || exported.format !== EXPORT_FORMAT || exported.version !== EXPORT_VERSION)
    return null;
  if (!Array.isArray(exported.articles)) return null;
  return exported.articles.map(validArticle).filter((article) => article !== null);
}

/** The stored library's well-formed articles and highlights; anything else (older, tampered) is dropped. */
export function validLibrary(stored: unknown): HighlightLibrary {
  if (!isObject(stored) || Array.isArray(stored)) return {};
  const library: HighlightLibrary = {};
  for (const [key, value] of Object.entries(stored)) {
    const article = validArticle(value);
    // The key must be the hash of the address the record holds: no record can stand for another page.
    if (article && addressKey(article.url) === key) library[key] = article;
  }
  return library;
}

function validArticle(value: unknown): ArticleHighlights | null {
  if (!isObject(value) || typeof value.url !== 'string' || !/^https?:\/\//iu.test(value.url)) return null;
  if (!Array.isArray(value.highlights) || typeof value.at !== 'number') return null;
  const highlights = value.highlights.filter(validHighlight);
  if (highlights.length === 0) return null;
  return {
    url: withoutFragment(value.url),
    title: optionalText(value.title),
    byline: optionalText(value.byline),
    siteName: optionalText(value.siteName),
    publishedTime: optionalText(value.publishedTime),
    highlights: highlights.map(({ id, quote, color, note, at }) => ({
      id,
      quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: quote.start },
      color,
      note,
      at,
    })),
    at: value.at,
  };
}

function validHighlight(value: unknown): value is Highlight {
  if (!isObject(value) || typeof value.id !== 'string' || !/^[0-9a-z-]{1,64}$/u.test(value.id)) return false;
  if (!HIGHLIGHT_COLORS.includes(value.color as HighlightColor)) return false;
  if (typeof value.note !== 'string' || value.note.length > MAX_NOTE_CHARACTERS) return false;
  if (typeof value.at !== 'number' || !isObject(value.quote)) return false;
  const { exact, prefix, suffix, start } = value.quote;
  return (
    typeof exact === 'string' &&
    exact.trim() !== '' &&
    exact.length <= MAX_QUOTE_CHARACTERS &&
    typeof prefix === 'string' &&
    typeof suffix === 'string' &&
    Number.isSafeInteger(start) &&
    (start as number) >= 0
  );
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A new highlight's id: random (`getRandomValues` works on plain http pages, `randomUUID` does not). */
export function newHighlightId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
