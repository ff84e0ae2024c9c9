import { render } from 'preact';
import { SettingsPage } from '../../settings/SettingsPage';
import { t } from '../../ui/i18n';
import '../../settings/settings-form.css';
import '../../settings/settings-page.css';

// The page speaks the language of the messages the browser chose, which screen readers must know.
document.documentElement.lang = t('languageCode');
document.title = t('settingsPageTitle');
const root = document.getElementById('app');
if (root) render(<SettingsPage />, root);
