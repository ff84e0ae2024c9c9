import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { toggleReader } from '../tab/reader-client';
import { forgetStory } from '../tab/story-cache';

/** The keyboard shortcut's name in the manifest's `commands`. */
const TOGGLE_COMMAND = 'toggle-reader';

export default defineBackground(() => {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await toggleReader(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetStory(tabId);
  });
});
