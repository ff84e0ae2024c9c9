import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Person, Quote } from '../analysis/types';
import type { HighlightTarget } from '../tab/messages';
import { closeReader, highlightInReader, sendInsights, showHighlightInReader } from '../tab/reader-client';
import { watchTab } from '../tab/tab-moved';
import { keyQuotes } from './QuoteList';
import { tellStory, unavailable, type PopupState, type TabInfo } from './tell-story';

/** The popup's story and what the reader can do with it. */
export interface PopupStory {
  state: PopupState;
  /** The tab's own title, as the browser shows it: the popup's heading until the story comes. */
  pageTitle: string | undefined;
  /** The tab is in a private window: the reader's highlights are not shown there, as reading mode keeps none. */
  privateTab: boolean;
  /** The person whose mentions are marked in the article, by name. */
  selectedPerson: string | null;
  /** Turns reading mode on (reading and telling the story again) or off. */
  setReader: (on: boolean) => Promise<void>;
  /** Reads a page that did not look like an article all the same. */
  tryAnyway: () => Promise<void>;
  /** Marks a person's mentions in the article, or none. */
  selectPerson: (person: Person | null) => void;
  /** Marks the person under the pointer or focus without scrolling; null puts back what was chosen. */
  previewPerson: (person: Person | null) => void;
  /** Shows a quote in the article. */
  jumpToQuote: (quote: Quote) => void;
  /** Shows one of the reader's highlights in the article, by its id. */
  showHighlight: (id: string) => void;
}

/**
 * Tells the story of the active tab's page and keeps reading mode in step with what the reader chooses
 * in the popup. Once the tab closes or moves on, the popup says so and shows nothing more of the old page.
 */
export function usePopupStory(): PopupStory {
  const [tab, setTab] = useState<TabInfo | undefined>(undefined);
  // 'starting' draws only the bar: the cached story, when there is one, is the first content drawn.
  const [state, setState] = useState<PopupState>({ kind: 'starting' });
  const [selectedPerson, setSelectedPerson] = useState<string | null>(null);
  /** What the reader last chose to see in the article; a preview puts it back when it ends. */
  const chosen = useRef<HighlightTarget>({ kind: 'none' });

  /** Set once the tab closed or moved on: what the popup was still doing for the old page stays unseen. */
  const tabLeft = useRef(false);
  const show = useCallback((next: PopupState) => {
    if (!tabLeft.current) setState(next);
  }, []);

  const run = useCallback(
    async (target: TabInfo | undefined, force: boolean) => {
      const final = await tellStory(target, { force, onProgress: show });
      show(final);
      return final;
    },
    [show],
  );

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      setTab(active);
      return run(active, false);
    });
  }, [run]);

  // The story belongs to the page the popup opened on: once the tab leaves it, say so instead.
  useEffect(() => {
    if (tab?.id === undefined) return undefined;
    return watchTab(tab.id, tab.url, (fate) => {
      show(unavailable(fate === 'closed' ? 'tab-closed' : 'page-changed'));
      tabLeft.current = true;
    });
  }, [tab, show]);

  // Reading mode marks the key quotes only: a page with thousands of quotes gets a handful of marks.
  const quotes = state.kind === 'ready' && state.readerOn ? state.story.insights.quotes : null;
  useEffect(() => {
    if (tab?.id !== undefined && quotes)
      void sendInsights(
        tab.id,
        keyQuotes(quotes).map((quote) => quote.text),
      );
  }, [tab, quotes]);

  const setReader = async (on: boolean): Promise<void> => {
    if (tab?.id === undefined || (state.kind !== 'ready' && state.kind !== 'untold')) return;
    setSelectedPerson(null);
    chosen.current = { kind: 'none' };
    if (on) {
      await run(tab, true);
      return;
    }
    const status = await closeReader(tab.id);
    setState({ ...state, readerOn: status?.readerOn ?? false });
  };

  /** Marks something in reading mode, turning reading mode back on first if the reader left it. */
  const showInArticle = async (target: HighlightTarget): Promise<void> => {
    chosen.current = target;
    if (tab?.id === undefined || state.kind !== 'ready') return;
    if (!state.readerOn && (await run(tab, true)).kind !== 'ready') return;
    await highlightInReader(tab.id, target, true);
  };

  /** Shows the reader's highlight in reading mode, turning reading mode back on first if the reader left it. */
  const showHighlight = async (id: string): Promise<void> => {
    setSelectedPerson(null);
    chosen.current = { kind: 'none' };
    if (tab?.id === undefined || state.kind !== 'ready') return;
    if (!state.readerOn && (await run(tab, true)).kind !== 'ready') return;
    await showHighlightInReader(tab.id, id);
  };

  return {
    state,
    pageTitle: tab?.title,
    privateTab: tab?.incognito === true,
    selectedPerson,
    setReader,
    tryAnyway: async () => {
      await run(tab, true);
    },
    selectPerson: (person) => {
      setSelectedPerson(person?.name ?? null);
      void showInArticle(person ? { kind: 'person', names: person.aliases } : { kind: 'none' });
    },
    previewPerson: (person) => {
      if (tab?.id === undefined || state.kind !== 'ready' || !state.readerOn) return;
      const target: HighlightTarget = person ? { kind: 'person', names: person.aliases } : chosen.current;
      void highlightInReader(tab.id, target, false);
    },
    jumpToQuote: (quote) => {
      setSelectedPerson(null);
      void showInArticle({ kind: 'quote', text: quote.text });
    },
    showHighlight: (id) => {
      void showHighlight(id);
    },
  };
}
