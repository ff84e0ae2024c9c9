// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Person, Quote } from '../analysis/types';
import type { HighlightTarget, StatusResponse } from '../tab/messages';
import type { TabFate } from '../tab/tab-moved';
import { SAMPLE_STORY } from '../tests/unit-helpers/sample-story';
import type { PopupState, TabInfo } from './tell-story';
import { usePopupStory, type PopupStory } from './use-popup-story';

const tellStory = vi.hoisted(() =>
  vi.fn<(tab: TabInfo | undefined, options: { force: boolean }) => Promise<PopupState>>(),
);
vi.mock('./tell-story', async (original) => ({ ...(await original<object>()), tellStory }));
const reader = vi.hoisted(() => ({
  closeReader: vi.fn<(tabId: number) => Promise<StatusResponse | null>>(),
  highlightInReader: vi.fn<(tabId: number, target: HighlightTarget, scroll: boolean) => Promise<void>>(),
  sendInsights: vi.fn<(tabId: number, quotes: string[]) => Promise<number>>(),
  showHighlightInReader: vi.fn<(tabId: number, id: string) => Promise<boolean>>(),
}));
vi.mock('../tab/reader-client', () => reader);
const tabLeaves = vi.hoisted(() => ({ current: (_fate: Exclude<TabFate, 'same'>) => {} }));
vi.mock('../tab/tab-moved', () => ({
  watchTab: (_tabId: number, _url: string | undefined, onLeft: (fate: Exclude<TabFate, 'same'>) => void) => {
    tabLeaves.current = onLeft;
    return () => {};
  },
}));

const URL = SAMPLE_STORY.url;
const MAYOR: Person = {
  name: 'Elena Vasquez',
  role: 'mayor',
  mentions: 3,
  aliases: ['Elena Vasquez', 'Vasquez'],
};
const CLERK: Person = { name: 'Sam Ito', role: 'clerk', mentions: 1, aliases: ['Sam Ito', 'Ito'] };
const QUOTE: Quote = { text: 'This wall is the difference.', speaker: 'Elena Vasquez', role: 'mayor' };

function ready(readerOn: boolean): PopupState {
  const insights = { ...SAMPLE_STORY.insights, people: [MAYOR, CLERK], quotes: [QUOTE] };
  return { kind: 'ready', story: { ...SAMPLE_STORY, insights }, readerOn, fromCache: false };
}

let container: HTMLElement;
let popup: PopupStory;
function Probe() {
  popup = usePopupStory();
  return null;
}

/** Opens the popup on a tab showing the sample story's page, and waits for the story. */
async function openPopup(): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: URL });
  if (tab.id === undefined) throw new Error('the fake browser gave the tab no id');
  // The fake browser makes no tab active: the popup's query for the active tab gets this one.
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
  container = document.createElement('div');
  await act(async () => render(<Probe />, container));
  await vi.waitFor(() => expect(popup.state.kind).toBe('ready'));
  return tab.id;
}

/** Lets the popup's pending promises settle. */
const settle = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(() => {
  fakeBrowser.reset();
  tellStory.mockReset();
  Object.values(reader).forEach((mock) => mock.mockReset());
  reader.sendInsights.mockResolvedValue(1);
});
afterEach(() => render(null, container));

describe('usePopupStory', () => {
  it("tells the active tab's story and sends reading mode the key quotes to mark", async () => {
    tellStory.mockResolvedValue(ready(true));
    const tabId = await openPopup();
    expect(tellStory.mock.calls[0]?.[0]).toMatchObject({ id: tabId, url: URL });
    expect(tellStory.mock.calls[0]?.[1]).toMatchObject({ force: false });
    await vi.waitFor(() => expect(reader.sendInsights).toHaveBeenCalledWith(tabId, [QUOTE.text]));
  });

  it('marks a chosen person, previews another without scrolling, and puts the chosen one back', async () => {
    tellStory.mockResolvedValue(ready(true));
    const tabId = await openPopup();
    await act(async () => popup.selectPerson(MAYOR));
    await settle();
    expect(popup.selectedPerson).toBe('Elena Vasquez');
    expect(reader.highlightInReader).toHaveBeenLastCalledWith(
      tabId,
      { kind: 'person', names: MAYOR.aliases },
      true,
    );
    act(() => popup.previewPerson(CLERK));
    expect(reader.highlightInReader).toHaveBeenLastCalledWith(
      tabId,
      { kind: 'person', names: CLERK.aliases },
      false,
    );
    act(() => popup.previewPerson(null));
    expect(reader.highlightInReader).toHaveBeenLastCalledWith(
      tabId,
      { kind: 'person', names: MAYOR.aliases },
      false,
    );
  });

  it('turns reading mode back on before showing a quote in it', async () => {
    tellStory.mockResolvedValue(ready(false));
    const tabId = await openPopup();
    tellStory.mockResolvedValue(ready(true));
    await act(async () => popup.jumpToQuote(QUOTE));
    await settle();
    expect(tellStory).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: tabId }),
      expect.objectContaining({ force: true }),
    );
    expect(reader.highlightInReader).toHaveBeenLastCalledWith(
      tabId,
      { kind: 'quote', text: QUOTE.text },
      true,
    );
  });

  it("turns reading mode back on before showing one of the reader's highlights in it", async () => {
    tellStory.mockResolvedValue(ready(false));
    const tabId = await openPopup();
    tellStory.mockResolvedValue(ready(true));
    await act(async () => popup.showHighlight('a1b2'));
    await settle();
    expect(tellStory).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: tabId }),
      expect.objectContaining({ force: true }),
    );
    expect(reader.showHighlightInReader).toHaveBeenCalledWith(tabId, 'a1b2');
    tellStory.mockClear();
    await act(async () => popup.showHighlight('c3d4'));
    await settle();
    expect(tellStory).not.toHaveBeenCalled();
    expect(reader.showHighlightInReader).toHaveBeenLastCalledWith(tabId, 'c3d4');
  });

  it('turns reading mode off, forgetting the chosen person', async () => {
    tellStory.mockResolvedValue(ready(true));
    const tabId = await openPopup();
    await act(async () => popup.selectPerson(MAYOR));
    reader.closeReader.mockResolvedValue({ ok: true, readerOn: false } as StatusResponse);
    await act(async () => popup.setReader(false));
    expect(reader.closeReader).toHaveBeenCalledWith(tabId);
    expect(popup.selectedPerson).toBeNull();
    expect(popup.state).toMatchObject({ kind: 'ready', readerOn: false });
    act(() => popup.previewPerson(CLERK));
    expect(reader.highlightInReader).not.toHaveBeenCalledWith(tabId, expect.anything(), false);
  });

  it('says the tab moved on, and shows nothing the old page still sends', async () => {
    tellStory.mockResolvedValue(ready(true));
    await openPopup();
    let finish: (state: PopupState) => void = () => {};
    tellStory.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const retold = popup.tryAnyway();
    act(() => tabLeaves.current('moved'));
    expect(popup.state).toEqual({ kind: 'unavailable', reason: 'page-changed' });
    await act(async () => {
      finish(ready(true));
      await retold;
    });
    expect(popup.state).toEqual({ kind: 'unavailable', reason: 'page-changed' });
  });
});
