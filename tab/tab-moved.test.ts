import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasCrashed, tabFate, watchTab } from './tab-moved';

const ARTICLE = 'https://ledger.example/harbour';

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  if (tab.id === undefined) throw new Error('the fake browser gave the tab no id');
  return tab.id;
}

/**
 * Closes a tab the way the browser does. The fake browser's tabs.remove drops the tab, then fails
 * looking up its window (by the tab's id) before it fires onRemoved: fire it here.
 */
async function closeTab(tabId: number): Promise<void> {
  await fakeBrowser.tabs.remove(tabId).catch(() => undefined);
  await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 1 });
}

describe('tabFate', () => {
  beforeEach(() => fakeBrowser.reset());

  it('knows a tab that still shows the page, even after a jump within it', async () => {
    const tabId = await openTab(ARTICLE);
    expect(await tabFate(tabId, ARTICLE)).toBe('same');
    await fakeBrowser.tabs.update(tabId, { url: `${ARTICLE}#comments` });
    expect(await tabFate(tabId, ARTICLE)).toBe('same');
  });

  it('knows a tab that moved to another page, or closed', async () => {
    const tabId = await openTab(ARTICLE);
    await fakeBrowser.tabs.update(tabId, { url: 'https://ledger.example/another-story' });
    expect(await tabFate(tabId, ARTICLE)).toBe('moved');
    await closeTab(tabId);
    expect(await tabFate(tabId, ARTICLE)).toBe('closed');
  });
});

describe('watchTab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells once when the tab moves on, and not for other tabs or jumps within the page', async () => {
    const tabId = await openTab(ARTICLE);
    const other = await openTab('https://elsewhere.example/');
    const onLeft = vi.fn();
    const stop = watchTab(tabId, ARTICLE, onLeft);
    await fakeBrowser.tabs.update(other, { url: 'https://elsewhere.example/next' });
    await fakeBrowser.tabs.update(tabId, { url: `${ARTICLE}#comments` });
    await vi.waitFor(() => expect(onLeft).not.toHaveBeenCalled());
    await fakeBrowser.tabs.update(tabId, { url: 'https://ledger.example/another-story' });
    await vi.waitFor(() => expect(onLeft).toHaveBeenCalledWith('moved'));
    await closeTab(tabId);
    expect(onLeft).toHaveBeenCalledTimes(1);
    stop();
  });

  it('tells when the tab closes, and nothing once stopped', async () => {
    const tabId = await openTab(ARTICLE);
    const onLeft = vi.fn();
    const stop = watchTab(tabId, ARTICLE, onLeft);
    await closeTab(tabId);
    expect(onLeft).toHaveBeenCalledWith('closed');

    const again = await openTab(ARTICLE);
    const unheard = vi.fn();
    watchTab(again, ARTICLE, unheard)();
    await closeTab(again);
    expect(unheard).not.toHaveBeenCalled();
    stop();
  });
});

describe('hasCrashed', () => {
  beforeEach(() => fakeBrowser.reset());

  it('knows a tab whose page crashed: unloaded, though nobody discarded it', async () => {
    const tabId = await openTab(ARTICLE);
    await fakeBrowser.tabs.update(tabId, { status: 'complete' } as object);
    expect(await hasCrashed(tabId)).toBe(false);
    await fakeBrowser.tabs.update(tabId, { status: 'unloaded', discarded: true } as object);
    expect(await hasCrashed(tabId), 'a tab the browser discarded to save memory').toBe(false);
    await fakeBrowser.tabs.update(tabId, { status: 'unloaded', discarded: false } as object);
    expect(await hasCrashed(tabId)).toBe(true);
    await closeTab(tabId);
    expect(await hasCrashed(tabId)).toBe(false);
  });
});
