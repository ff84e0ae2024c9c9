import type { Article, ExtractionFailure } from '../extraction/types';

/** Messages the popup and the background send to the reader script in a tab. */
export type ReaderRequest =
  | { type: 'crux:open'; force: boolean }
  | { type: 'crux:close' }
  | { type: 'crux:toggle' }
  | { type: 'crux:status' }
  | { type: 'crux:highlight'; kind: 'quote' | 'person'; text: string };

/** What the reader script answers to `crux:open`. */
export type OpenResponse =
  | { ok: true; article: Article; url: string; readerOn: boolean }
  | { ok: false; reason: ExtractionFailure | 'error'; message: string };

/** What the reader script answers to `crux:close`, `crux:toggle` and `crux:status`. */
export interface StatusResponse {
  readerOn: boolean;
}
