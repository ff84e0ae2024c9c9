import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_READING_POSITIONS,
  forgetReadingPositions,
  keepPosition,
  keptPosition,
  validPositions,
  withPosition,
} from './reading-positions';

/** A hash-shaped key: 64 hex digits, the n-th of a series. */
const hashOf = (n: number): string => n.toString(16).padStart(64, '0');

describe('reading positions', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives back the paragraph kept for the same address and text', async () => {
    await keepPosition(hashOf(1), hashOf(100), 12);
    expect(await keptPosition(hashOf(1), hashOf(100))).toBe(12);
  });

  it('gives nothing for another address, or when the article’s text has changed', async () => {
    await keepPosition(hashOf(1), hashOf(100), 12);
    expect(await keptPosition(hashOf(2), hashOf(100))).toBeNull();
    expect(await keptPosition(hashOf(1), hashOf(101))).toBeNull();
  });

  it('keeps them in the device’s local storage under the hash, never the address, and never synced', async () => {
    await keepPosition(hashOf(1), hashOf(100), 3, 1000);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      readingPositions: { [hashOf(1)]: { text: hashOf(100), block: 3, at: 1000 } },
    });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('keeps the latest position of an article, and quick writes in order', async () => {
    void keepPosition(hashOf(1), hashOf(100), 3);
    void keepPosition(hashOf(1), hashOf(100), 4);
    await keepPosition(hashOf(1), hashOf(100), 5);
    expect(await keptPosition(hashOf(1), hashOf(100))).toBe(5);
  });

  it(`keeps the ${MAX_READING_POSITIONS} most recently read articles at most, dropping the oldest`, async () => {
    let positions = {};
    for (let n = 0; n < MAX_READING_POSITIONS + 20; n += 1) {
      positions = withPosition(positions, hashOf(n), { text: hashOf(0), block: n, at: 1000 + n });
    }
    const kept = Object.keys(positions);
    expect(kept).toHaveLength(MAX_READING_POSITIONS);
    expect(kept).not.toContain(hashOf(19));
    expect(kept).toContain(hashOf(20));
    // Reading an old article again makes it recent.
    positions = withPosition(
      positions,
      hashOf(20),
      { text: hashOf(0), block: 1, at: 9999 },
      MAX_READING_POSITIONS,
    );
    positions = withPosition(positions, hashOf(999), { text: hashOf(0), block: 1, at: 10_000 });
    expect(Object.keys(positions)).toContain(hashOf(20));
    expect(Object.keys(positions)).not.toContain(hashOf(21));
  });

  it('forgets them all', async () => {
    await keepPosition(hashOf(1), hashOf(100), 12);
    await keepPosition(hashOf(2), hashOf(100), 2);
    await forgetReadingPositions();
    expect(await keptPosition(hashOf(1), hashOf(100))).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('drops stored values that are not well formed', () => {
    expect(validPositions(null)).toEqual({});
    expect(validPositions([1])).toEqual({});
    expect(
      validPositions({
        [hashOf(1)]: { text: hashOf(2), block: 4, at: 5 },
        'https://news.example/story': { text: hashOf(2), block: 4, at: 5 },
        [hashOf(3)]: { text: 'plain text', block: 4, at: 5 },
        [hashOf(4)]: { text: hashOf(2), block: -1, at: 5 },
        [hashOf(5)]: { text: hashOf(2), block: 1.5, at: 5 },
        [hashOf(6)]: 'x',
      }),
    ).toEqual({ [hashOf(1)]: { text: hashOf(2), block: 4, at: 5 } });
  });
});
