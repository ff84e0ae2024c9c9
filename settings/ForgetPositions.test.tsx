// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useMountPoint } from '../tests/unit-helpers/mount-point';
import { useEnglishMessages } from '../tests/unit-helpers/english-messages';
import { ForgetPositions } from './ForgetPositions';
import { keepPosition } from '../reader-data/reading-positions';

const mountPoint = useMountPoint();

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});

describe('ForgetPositions', () => {
  it('says what it keeps, clears every reading position on a click, and says it did', async () => {
    await keepPosition('a'.repeat(64), 'b'.repeat(64), 3);
    act(() => render(<ForgetPositions id="test-forget" />, mountPoint()));
    const button = mountPoint().querySelector<HTMLButtonElement>('#test-forget');
    expect(button?.textContent).toBe('Forget reading positions');
    expect(mountPoint().querySelector('#test-forget-note')?.textContent).toContain('on this device only');
    expect(mountPoint().querySelector('#test-forget-status')?.textContent).toBe('');
    await act(async () => {
      button?.click();
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(mountPoint().querySelector('#test-forget-status')?.textContent).toBe(
      'Reading positions forgotten.',
    );
  });
});
