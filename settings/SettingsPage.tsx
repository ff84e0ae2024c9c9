import { t } from '../ui/i18n';
import { HighlightsData } from './HighlightsData';
import { ReaderSettingsForm } from './ReaderSettingsForm';
import { useReaderSettings } from './use-reader-settings';

/** Crux's settings page: the reading settings, then what is kept of the reader's highlights. */
export function SettingsPage() {
  const [settings, changeSettings] = useReaderSettings();
  return (
    <main class="settings-page">
      <h1>{t('settingsPageTitle')}</h1>
      <section class="settings-page-card" aria-labelledby="options-reading-heading">
        <h2 id="options-reading-heading">{t('readingSettings')}</h2>
        <ReaderSettingsForm settings={settings} onChange={changeSettings} idPrefix="options" />
      </section>
      <div class="settings-page-card">
        <HighlightsData id="options-highlights" />
      </div>
    </main>
  );
}
