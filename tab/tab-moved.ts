import { browser } from 'wxt/browser';

/** What became of a tab since the popup opened on it: 'moved' = it shows another page now. */
export type TabFate = 'same' | 'moved' | 'closed';

/** The address without its fragment: a jump within the page is not another page. */
const withoutFragment = (url: string | undefined): string | undefined => url?.split('#')[0];

/**
 * Whether the tab still shows the page at `url`, moved to another page, or closed. Without a grant
 * for the new page the browser hides its address: a hidden address counts as another page.
 */
export async function tabFate(tabId: number, url: string | undefined): Promise<TabFate> {
  // Browsers reject for a closed tab; WXT's fake browser answers undefined.
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (tab === undefined) return 'closed';
  return withoutFragment(tab.url) === withoutFragment(url) ? 'same' : 'moved';
}

/**
 * Whether the tab's page has crashed, as Chromium's renderer does on some pathological pages ("Aw,
 * Snap!"): the tab keeps its address but reports itself unloaded without being discarded.
 */
export async function hasCrashed(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.status === 'unloaded' && tab.discarded !== true;
}

/**
 * Calls `onLeft` once when the tab closes or moves to another page than `url`; returns a function
 * that stops watching.
 */
export function watchTab(
  tabId: number,
  url: string | undefined,
  onLeft: (fate: Exclude<TabFate, 'same'>) => void,
): () => void {
  let left = false;
  const leave = (fate: TabFate): void => {
    if (left || fate === 'same') return;
    left = true;
    onLeft(fate);
  };
  const onRemoved = (closed: number): void => {
    if (closed === tabId) leave('closed');
  };
  // Any change to the tab (loading, address, title) may be a new page: ask what it shows now.
  const onUpdated = (updated: number): void => {
    if (updated === tabId) void tabFate(tabId, url).then(leave);
  };
  browser.tabs.onRemoved.addListener(onRemoved);
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    browser.tabs.onRemoved.removeListener(onRemoved);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}
