import { defineBackground } from 'wxt/utils/define-background';
import { listenForBrowserEvents } from '../tab/background-events';

export default defineBackground(() => {
  listenForBrowserEvents();
});
