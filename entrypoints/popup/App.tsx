import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NumberList } from '../../components/NumberList';
import { PeopleList } from '../../components/PeopleList';
import { QuoteList } from '../../components/QuoteList';
import { ReaderToggle } from '../../components/ReaderToggle';
import { StatusPanel } from '../../components/StatusPanel';
import { StoryHeader } from '../../components/StoryHeader';
import { SummaryCard } from '../../components/SummaryCard';
import { closeReader } from '../../tab/reader-client';
import { tellStory, type PopupState, type TabInfo } from '../../tab/tell-story';

/** The popup: turns reading mode on and tells the story of the page. */
export function App() {
  const [tab, setTab] = useState<TabInfo | undefined>(undefined);
  // 'starting' draws only the bar: the cached story, when there is one, is the first content drawn.
  const [state, setState] = useState<PopupState>({ kind: 'starting' });

  const run = useCallback(async (target: TabInfo | undefined, force: boolean) => {
    setState(await tellStory(target, { force, onProgress: setState }));
  }, []);

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      setTab(active);
      return run(active, false);
    });
  }, [run]);

  const setReader = async (on: boolean): Promise<void> => {
    if (tab?.id === undefined || state.kind !== 'ready') return;
    if (on) return run(tab, true);
    const status = await closeReader(tab.id);
    setState({ ...state, readerOn: status?.readerOn ?? false });
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
        {state.kind === 'ready' && <Story state={state} />}
      </main>
    </div>
  );
}

function Story({ state }: { state: Extract<PopupState, { kind: 'ready' }> }) {
  const { article, insights } = state.story;
  const empty =
    insights.summary.length + insights.quotes.length + insights.people.length + insights.numbers.length === 0;
  return (
    <>
      <StoryHeader article={article} />
      <SummaryCard sentences={insights.summary} />
      <QuoteList quotes={insights.quotes} />
      <PeopleList people={insights.people} />
      <NumberList numbers={insights.numbers} />
      {empty && <p class="empty">Crux found the article but nothing to sum up in it.</p>}
    </>
  );
}
