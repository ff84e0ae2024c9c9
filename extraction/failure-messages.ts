import type { ExtractionFailure } from './types';

/** What the reader is told when there is no article to show, in plain words. */
export const FAILURE_MESSAGES: Record<ExtractionFailure | 'error', string> = {
  'not-article': "This page doesn't look like an article.",
  empty: 'Crux found no readable text on this page.',
  'too-large': 'This page is too large or too deeply nested for Crux to read without slowing your browser.',
  error: 'Crux could not read this page.',
};
