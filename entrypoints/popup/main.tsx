import { render } from 'preact';
import { markMoment } from '../../tab/timing';
import { t } from '../../ui/i18n';
import { App } from './App';
import '../../settings/settings-form.css';
import './style.css';

markMoment('script');

// The popup speaks the language of the messages the browser chose, which screen readers must know.
document.documentElement.lang = t('languageCode');
document.title = t('popupTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
