import { useEffect } from 'preact/hooks';
import { openSettingsPage } from '../tab/settings-page';
import { markMoment } from '../tab/timing';
import { ReaderSettingsForm } from '../settings/ReaderSettingsForm';
import type { ReaderSettings } from '../settings/reader-settings';
import { t } from '../ui/i18n';
import { ReaderToggle } from './ReaderToggle';
import { StatusPanel } from './StatusPanel';
import { statusMessage } from './status-message';
import { Story } from './Story';
import { StoryPlaceholder } from './StoryPlaceholder';
import type { PopupStory } from './use-popup-story';

interface PopupProps {
  story: PopupStory;
  settings: ReaderSettings;
  onSettingsChange: (change: Partial<ReaderSettings>) => void;
}

/** The popup's view: the reading-mode switch, then the story or why there is none, then the settings. */
export function Popup({ story, settings, onSettingsChange }: PopupProps) {
  const { state } = story;
  /** Reading mode holds the article: the story is told, or could not be. */
  const hasArticle = state.kind === 'ready' || state.kind === 'untold';
  const waiting = state.kind === 'starting' || state.kind === 'working';
  useEffect(() => markMoment('first-paint'), []);
  useEffect(() => {
    if (!waiting) markMoment('story');
  }, [waiting]);
  return (
    <div
      class="popup"
      data-state={state.kind}
      data-source={state.kind === 'ready' ? (state.fromCache ? 'cache' : 'analysis') : undefined}
    >
      <header class="popup-bar">
        <span class="brand">Crux</span>
        {hasArticle && <ReaderToggle on={state.readerOn} onChange={story.setReader} />}
      </header>
      <main class="popup-body">
        {state.kind === 'working' && <StatusPanel kind="working" message={statusMessage(state)} />}
        {waiting && <StoryPlaceholder pageTitle={story.pageTitle} />}
        {state.kind === 'unavailable' && <StatusPanel kind="unavailable" message={statusMessage(state)} />}
        {state.kind === 'failed' && (
          <StatusPanel kind="failed" message={statusMessage(state)}>
            {state.canTryAnyway && (
              <button type="button" class="button" data-testid="try-anyway" onClick={story.tryAnyway}>
                {t('tryAnyway')}
              </button>
            )}
          </StatusPanel>
        )}
        {state.kind === 'ready' && (
          <Story
            story={state.story}
            selectedPerson={story.selectedPerson}
            onSelectPerson={story.selectPerson}
            onPreviewPerson={story.previewPerson}
            onJump={story.jumpToQuote}
            onShowHighlight={story.showHighlight}
            privateTab={story.privateTab}
          />
        )}
        {state.kind === 'untold' && <StatusPanel kind="failed" message={statusMessage(state)} />}
        {hasArticle && (
          <details class="card settings-card">
            <summary>{t('readingSettings')}</summary>
            <ReaderSettingsForm
              settings={settings}
              onChange={onSettingsChange}
              idPrefix="popup"
              onOpenHighlights={() => void openSettingsPage()}
            />
          </details>
        )}
      </main>
    </div>
  );
}
