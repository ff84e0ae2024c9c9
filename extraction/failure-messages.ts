import english from '../public/_locales/en/messages.json';
import type { ExtractionFailure } from './types';

/** Why there is no article to show: extraction's own reasons, or 'error' when reading the page failed. */
export type ReadFailure = ExtractionFailure | 'error';

/**
 * The interface message that explains each failure, in `public/_locales/<language>/messages.json`.
 * Extraction names the message but never looks it up: it also runs in Node, where there is no
 * `browser.i18n`; the popup shows it in the browser's language.
 */
export const FAILURE_MESSAGE_NAMES = {
  'not-article': 'failureNotArticle',
  empty: 'failureEmpty',
  'too-large': 'failureTooLarge',
  error: 'failureError',
} as const satisfies Record<ReadFailure, keyof typeof english>;

/** The failures in English, for the Node analyzer and the benchmark, from the same catalogue. */
export const FAILURE_MESSAGES: Record<ReadFailure, string> = {
  'not-article': english[FAILURE_MESSAGE_NAMES['not-article']].message,
  empty: english[FAILURE_MESSAGE_NAMES.empty].message,
  'too-large': english[FAILURE_MESSAGE_NAMES['too-large']].message,
  error: english[FAILURE_MESSAGE_NAMES.error].message,
};
