import { useReaderSettings } from '../../settings/use-reader-settings';
import { Popup } from '../../story/Popup';
import { usePopupStory } from '../../story/use-popup-story';

/** The popup: the story of the active tab's page, with the reader's settings. */
export function App() {
  const story = usePopupStory();
  const [settings, changeSettings] = useReaderSettings();
  return <Popup story={story} settings={settings} onSettingsChange={changeSettings} />;
}
