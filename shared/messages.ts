import type { ReadFailure } from '../extraction/failure-messages';
import type { Article } from '../extraction/types';

/** Messages the popup and the background send to the reader script in a tab. */
export type ReaderRequest =
  | { type: 'crux:open'; force: boolean }
  | { type: 'crux:close' }
  | { type: 'crux:toggle' }
  | { type: 'crux:status' }
  | { type: 'crux:highlight'; target: HighlightTarget; scroll: boolean }
  | { type: 'crux:insights'; quotes: string[] };

/** What the popup asks reading mode to mark: a person's mentions, a quote, or nothing. */
export type HighlightTarget =
  { kind: 'person'; names: string[] } | { kind: 'quote'; text: string } | { kind: 'none' };

/** What the reader script answers to `crux:highlight` and `crux:insights`: how many places it marked. */
export interface HighlightResponse {
  marked: number;
}

/**
 * What the reader script answers to `crux:open`. 'cannot-run': the browser kept Crux out of the tab;
 * 'error': the reader script failed on this page. A reason, not words: the popup says it in the
 * reader's language.
 */
export type OpenResponse =
  | { ok: true; article: Article; url: string; readerOn: boolean }
  | { ok: false; reason: ReadFailure | 'cannot-run' | 'pdf' };

/** What the reader script answers to `crux:close`, `crux:toggle` and `crux:status`. */
export interface StatusResponse {
  readerOn: boolean;
}
