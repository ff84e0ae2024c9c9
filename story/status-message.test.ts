import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FAILURE_MESSAGES, type ReadFailure } from '../extraction/failure-messages';
import { useEnglishMessages } from '../tests/unit-helpers/english-messages';
import type { UnavailableReason } from './tell-story';
import { statusMessage } from './status-message';

const FAILURES: ReadFailure[] = ['not-article', 'empty', 'too-large', 'error'];
const UNAVAILABLE: UnavailableReason[] = [
  'browser-page',
  'web-store',
  'pdf',
  'no-page',
  'cannot-run',
  'file-access',
  'tab-closed',
  'page-changed',
  'not-answering',
  'page-crashed',
];

describe('statusMessage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useEnglishMessages();
  });

  it('says each failure in the words the Node analyzer prints, from one catalogue', () => {
    for (const reason of FAILURES) {
      expect(statusMessage({ kind: 'failed', reason, canTryAnyway: false })).toBe(FAILURE_MESSAGES[reason]);
    }
    expect(statusMessage({ kind: 'failed', reason: 'not-article', canTryAnyway: true })).toBe(
      "This page doesn't look like an article.",
    );
  });

  it('says each place Crux cannot run in its own words', () => {
    const messages = UNAVAILABLE.map((reason) => statusMessage({ kind: 'unavailable', reason }));
    expect(new Set(messages).size).toBe(UNAVAILABLE.length);
    for (const message of messages) expect(message).not.toBe('');
    expect(statusMessage({ kind: 'unavailable', reason: 'pdf' })).toBe(
      'Crux reads web pages, not PDF documents.',
    );
    expect(statusMessage({ kind: 'unavailable', reason: 'page-changed' })).toBe(
      'This tab has moved on to another page. Click Crux again to read it.',
    );
  });

  it('says why there is no story for an article reading mode shows', () => {
    expect(statusMessage({ kind: 'untold', reason: 'too-slow', readerOn: true })).toBe(
      'This article is too much to sum up in time, so Crux stopped looking for its story. Reading mode still works.',
    );
    expect(statusMessage({ kind: 'untold', reason: 'failed', readerOn: true })).toBe(
      'Crux could not find the story in this article. Reading mode still works.',
    );
  });

  it('names each step of the work', () => {
    expect(statusMessage({ kind: 'working', step: 'reading' })).toBe('Reading the page…');
    expect(statusMessage({ kind: 'working', step: 'analysing' })).toBe('Finding the story…');
  });
});
