import { describe, expect, it } from 'vitest';
import { readingProgress } from './progress';

describe('readingProgress', () => {
  it('counts from the top to the end of the article', () => {
    expect(readingProgress({ scrollTop: 0, scrollHeight: 3000, clientHeight: 1000 }, 8)).toEqual({
      fraction: 0,
      minutesLeft: 8,
    });
    expect(readingProgress({ scrollTop: 1000, scrollHeight: 3000, clientHeight: 1000 }, 8)).toEqual({
      fraction: 0.5,
      minutesLeft: 4,
    });
    expect(readingProgress({ scrollTop: 2000, scrollHeight: 3000, clientHeight: 1000 }, 8)).toEqual({
      fraction: 1,
      minutesLeft: 0,
    });
  });

  it('rounds minutes left up, so the last stretch never reads as "0 min"', () => {
    expect(readingProgress({ scrollTop: 1900, scrollHeight: 3000, clientHeight: 1000 }, 8).minutesLeft).toBe(
      1,
    );
  });

  it('treats an article that fits on screen as read, and ignores overscroll', () => {
    expect(readingProgress({ scrollTop: 0, scrollHeight: 800, clientHeight: 1000 }, 1).fraction).toBe(1);
    expect(readingProgress({ scrollTop: -40, scrollHeight: 3000, clientHeight: 1000 }, 4).fraction).toBe(0);
    expect(readingProgress({ scrollTop: 2100, scrollHeight: 3000, clientHeight: 1000 }, 4).fraction).toBe(1);
  });
});
