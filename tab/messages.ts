import type { ReadFailure } from '../extraction/failure-messages';
import type { Article } from '../extraction/types';

/** Messages the popup and the background send to the reader script in a tab. */
export type ReaderRequest =
  | { type: 'crux:open'; force: boolean }
  | { type: 'crux:close' }
  | { type: 'crux:toggle' }
  | { type: 'crux:status' }
  | { type: 'crux:highlight'; target: HighlightTarget; scroll: boolean }
  | { type: 'crux:insights'; quotes: string[] }
  /** Scrolls reading mode to one of the reader's highlights (by its id) and focuses it. */
  | { type: 'crux:show-highlight'; id: string };

/** What the popup asks reading mode to mark: a person's mentions, a quote, or nothing. */
export type HighlightTarget =
  { kind: 'person'; names: string[] } | { kind: 'quote'; text: string } | { kind: 'none' };

/**
 * What the reader script answers to `crux:highlight`, `crux:insights` and `crux:show-highlight`: how
 * many places it marked (or, for a highlight, 1 when it was found and shown).
 */
export interface HighlightResponse {
  marked: number;
}

/**
 * What the reader script answers to `crux:open`. 'cannot-run': the browser kept Crux out of the tab;
 * 'no-answer': the tab did not answer in time (its page is busy, or stuck loading); 'error': the
 * reader script failed on this page. A reason, not words: the popup says it in the
 * reader's language.
 */
export type OpenResponse =
  /** `tabMs`: how long the tab took, from the request to its answer (the popup's timing of the wait). */
  | { ok: true; article: Article; url: string; readerOn: boolean; tabMs: number }
  | { ok: false; reason: ReadFailure | 'cannot-run' | 'pdf' | 'no-answer' };

/** What the reader script answers to `crux:close`, `crux:toggle` and `crux:status`. */
export interface StatusResponse {
  readerOn: boolean;
}

/**
 * How long the tab may take to let the reader script in. Injecting waits for the page's main thread
 * (and, while it loads, for its parsing): a page that holds it this long is hung or stuck loading.
 */
export const INJECTION_LIMIT_MS = 10_000;
/**
 * How long reading mode may take to answer once the script is in: well past extraction's own budget
 * (`EXTRACTION_BUDGET_MS`, 20 s) and drawing the article, so only a tab that stopped answering meets it.
 */
export const ANSWER_LIMIT_MS = 45_000;

/**
 * Parts of reading mode that only some readers use, each a script of its own that the background puts
 * into the tab when reading mode first needs it: the Markdown export and the bundled typeface.
 */
export const READER_PARTS = {
  markdown: '/reader-markdown.js',
  'legible-faces': '/reader-legible-faces.js',
  'read-aloud': '/reader-read-aloud.js',
} as const;

/** A part of reading mode loaded on demand. */
export type ReaderPartName = keyof typeof READER_PARTS;

/** What reading mode asks of the background: put one of its parts into this tab. */
export interface LoadPartRequest {
  type: 'crux:load-part';
  part: ReaderPartName;
}

/** True for a request to load a part that exists. */
export function isLoadPartRequest(message: unknown): message is LoadPartRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    Reflect.get(message, 'type') === 'crux:load-part' &&
    Object.hasOwn(READER_PARTS, String(Reflect.get(message, 'part')))
  );
}

/** What reading mode asks of the background: open the settings page (a content script cannot). */
export interface OpenSettingsRequest {
  type: 'crux:open-settings';
}

/** True for a request to open the settings page. */
export function isOpenSettingsRequest(message: unknown): message is OpenSettingsRequest {
  return (
    typeof message === 'object' && message !== null && Reflect.get(message, 'type') === 'crux:open-settings'
  );
}
