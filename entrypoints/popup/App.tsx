import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Person, Quote } from '../../analysis/types';
import { keyQuotes } from '../../story/QuoteList';
import { ReaderSettingsForm } from '../../settings/ReaderSettingsForm';
import { ReaderToggle } from '../../story/ReaderToggle';
import { StatusPanel } from '../../story/StatusPanel';
import { Story } from '../../story/Story';
import { t } from '../../ui/i18n';
import { statusMessage } from '../../story/status-message';
import { useReaderSettings } from '../../settings/use-reader-settings';
import type { HighlightTarget } from '../../tab/messages';
import { closeReader, highlightInReader, sendInsights } from '../../tab/reader-client';
import { watchTab } from '../../tab/tab-moved';
import { tellStory, unavailable, type PopupState, type TabInfo } from '../../story/tell-story';

/** The popup: turns reading mode on and tells the story of the page. */
export function App() {
  const [tab, setTab] = useState<TabInfo | undefined>(undefined);
  // 'starting' draws only the bar: the cached story, when there is one, is the first content drawn.
  const [state, setState] = useState<PopupState>({ kind: 'starting' });
  const [selectedPerson, setSelectedPerson] = useState<string | null>(null);
  /** What the reader last chose to see in the article; a preview puts it back when it ends. */
  const chosen = useRef<HighlightTarget>({ kind: 'none' });
  const [settings, changeSettings] = useReaderSettings();

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

  /** Reading mode holds the article: the story is told, or could not be. */
  const hasArticle = state.kind === 'ready' || state.kind === 'untold';

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

  const selectPerson = (person: Person | null): void => {
    setSelectedPerson(person?.name ?? null);
    void showInArticle(person ? { kind: 'person', names: person.aliases } : { kind: 'none' });
  };
  /** Marks the person under the pointer or focus without scrolling; puts back what was chosen when they leave. */
  const previewPerson = (person: Person | null): void => {
    if (tab?.id === undefined || state.kind !== 'ready' || !state.readerOn) return;
    const target: HighlightTarget = person ? { kind: 'person', names: person.aliases } : chosen.current;
    void highlightInReader(tab.id, target, false);
  };
  const jumpToQuote = (quote: Quote): void => {
    setSelectedPerson(null);
    void showInArticle({ kind: 'quote', text: quote.text });
  };

  return (
    <div
      class="popup"
      data-state={state.kind}
      data-source={state.kind === 'ready' ? (state.fromCache ? 'cache' : 'analysis') : undefined}
    >
      <header class="popup-bar">
        <span class="brand">Crux</span>
        {hasArticle && <ReaderToggle on={state.readerOn} onChange={setReader} />}
      </header>
      <main class="popup-body">
        {state.kind === 'working' && <StatusPanel kind="working" message={statusMessage(state)} />}
        {state.kind === 'unavailable' && <StatusPanel kind="unavailable" message={statusMessage(state)} />}
        {state.kind === 'failed' && (
          <StatusPanel kind="failed" message={statusMessage(state)}>
            {state.canTryAnyway && (
              <button type="button" class="button" data-testid="try-anyway" onClick={() => run(tab, true)}>
                {t('tryAnyway')}
              </button>
            )}
          </StatusPanel>
        )}
        {state.kind === 'ready' && (
          <Story
            story={state.story}
            selectedPerson={selectedPerson}
            onSelectPerson={selectPerson}
            onPreviewPerson={previewPerson}
            onJump={jumpToQuote}
          />
        )}
        {state.kind === 'untold' && <StatusPanel kind="failed" message={statusMessage(state)} />}
        {hasArticle && (
          <details class="card settings-card">
            <summary>{t('readingSettings')}</summary>
            <ReaderSettingsForm settings={settings} onChange={changeSettings} idPrefix="popup" />
          </details>
        )}
      </main>
    </div>
  );
}
