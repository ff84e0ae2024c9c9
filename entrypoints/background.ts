import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => {
    console.log(command);
  });
});
