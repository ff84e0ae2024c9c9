import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPart, providePart } from './parts';

describe('reading mode’s parts', () => {
  const faces = [{ weight: '400', style: 'normal', data: 'data:font/woff2;base64,AAAA' }] as const;

  beforeEach(() => {
    fakeBrowser.reset();
    Reflect.deleteProperty(globalThis, Symbol.for('crux.reader.parts'));
  });

  it('asks the background for a part once, then has it at hand', async () => {
    // The background answers by running the part's script in the tab, which provides the part.
    const sendMessage = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockImplementation(async (message: unknown) => {
        expect(message).toEqual({ type: 'crux:load-part', part: 'legible-faces' });
        providePart('legible-faces', faces);
        return true;
      });
    expect(await loadPart('legible-faces')).toBe(faces);
    expect(await loadPart('legible-faces')).toBe(faces);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('fails plainly when the part did not come', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await expect(loadPart('markdown')).rejects.toThrow(/markdown part did not load/);
  });
});
