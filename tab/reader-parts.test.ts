import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { READER_PARTS } from './messages';
import { loadReaderPart } from './reader-parts';

describe('loading a part of reading mode', () => {
  const executeScript = vi.fn(async () => []);

  beforeEach(() => {
    fakeBrowser.reset();
    executeScript.mockClear();
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation(executeScript);
  });

  const fromReader = { id: browser.runtime.id, tab: { id: 7 } as never, frameId: 3 };

  it('puts the part asked for into the frame of the tab that asked', async () => {
    expect(await loadReaderPart({ type: 'crux:load-part', part: 'markdown' }, fromReader)).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: [READER_PARTS.markdown],
    });
  });

  it('does nothing for a part that does not exist, another extension, or a sender without a tab', async () => {
    const requests: [unknown, typeof fromReader | { id: string }][] = [
      [{ type: 'crux:load-part', part: 'toString' }, fromReader],
      [{ type: 'crux:load-part', part: '../evil.js' }, fromReader],
      [{ type: 'crux:open' }, fromReader],
      [
        { type: 'crux:load-part', part: 'markdown' },
        { ...fromReader, id: 'other-extension' },
      ],
      [{ type: 'crux:load-part', part: 'markdown' }, { id: browser.runtime.id }],
    ];
    for (const [message, sender] of requests) expect(await loadReaderPart(message, sender)).toBe(false);
    expect(executeScript).not.toHaveBeenCalled();
  });
});
