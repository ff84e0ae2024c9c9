import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Person, Quote } from '../../analysis/types';
import { NumberList } from '../../components/NumberList';
import { PeopleList } from '../../components/PeopleList';
import { QuoteList } from '../../components/QuoteList';
import { ReaderToggle } from '../../components/ReaderToggle';
import { StatusPanel } from '../../components/StatusPanel';
import { StoryHeader } from '../../components/StoryHeader';
import { SummaryCard } from '../../components/SummaryCard';
import type { HighlightTarget } from '../../shared/messages';
import { closeReader, highlightInReader } from '../../tab/reader-client';
import { tellStory, type PopupState, type TabInfo } from '../../tab/tell-story';

type ReadyState = Extract<PopupState, { kind: 'ready' }>;

/** The popup: turns reading mode on and tells the story of the page. */
export function App() {
  const [tab, setTab] = useState<TabInfo | undefined>(undefined);
  // 'starting' draws only the bar: the cached story, when there is one, is the first content drawn.
  const [state, setState] = useState<PopupState>({ kind: 'starting' });
  const [selectedPerson, setSelectedPerson] = useState<string | null>(null);

  const run = useCallback(async (target: TabInfo | undefined, force: boolean) => {
    const final = await tellStory(target, { force, onProgress: setState });
    setState(final);
    return final;
  }, []);

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      setTab(active);
      return run(active, false);
    });
  }, [run]);

  const setReader = async (on: boolean): Promise<void> => {
    if (tab?.id === undefined || state.kind !== 'ready') return;
    setSelectedPerson(null);
    if (on) {
      await run(tab, true);
      return;
    }
    const status = await closeReader(tab.id);
    setState({ ...state, readerOn: status?.readerOn ?? false });
  };

  /** Marks something in reading mode, turning reading mode back on first if the reader left it. */
  const showInArticle = async (target: HighlightTarget): Promise<void> => {
    if (tab?.id === undefined || state.kind !== 'ready') return;
    if (!state.readerOn && (await run(tab, true)).kind !== 'ready') return;
    await highlightInReader(tab.id, target);
  };

  const selectPerson = (person: Person | null): void => {
    setSelectedPerson(person?.name ?? null);
    void showInArticle(person ? { kind: 'person', names: person.aliases } : { kind: 'none' });
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
        {state.kind === 'ready' && <ReaderToggle on={state.readerOn} onChange={setReader} />}
      </header>
      <main class="popup-body">
        {state.kind === 'working' && <StatusPanel kind="working" message={state.step} />}
        {state.kind === 'unavailable' && <StatusPanel kind="unavailable" message={state.message} />}
        {state.kind === 'failed' && (
          <StatusPanel kind="failed" message={state.message}>
            {state.canTryAnyway && (
              <button type="button" class="button" data-testid="try-anyway" onClick={() => run(tab, true)}>
                Try anyway
              </button>
            )}
          </StatusPanel>
        )}
        {state.kind === 'ready' && (
          <Story
            state={state}
            selectedPerson={selectedPerson}
            onSelectPerson={selectPerson}
            onJump={jumpToQuote}
          />
        )}
      </main>
    </div>
  );
}

interface StoryProps {
  state: ReadyState;
  selectedPerson: string | null;
  onSelectPerson: (person: Person | null) => void;
  onJump: (quote: Quote) => void;
}

function Story({ state, selectedPerson, onSelectPerson, onJump }: StoryProps) {
  const { article, insights, longSummary, url } = state.story;
  const empty =
    insights.summary.length + insights.quotes.length + insights.people.length + insights.numbers.length === 0;
  return (
    <>
      <StoryHeader article={article} />
      <SummaryCard sentences={insights.summary} longer={longSummary} title={article.title} url={url} />
      <QuoteList quotes={insights.quotes} onJump={onJump} />
      <PeopleList people={insights.people} selected={selectedPerson} onSelect={onSelectPerson} />
      <NumberList numbers={insights.numbers} />
      {empty && <p class="empty">Crux found the article but nothing to sum up in it.</p>}
    </>
  );
}
