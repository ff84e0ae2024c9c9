import { browser } from 'wxt/browser';
import { TOGGLE_COMMAND } from './commands';
import { isLoadPartRequest, isOpenSettingsRequest } from './messages';
import { toggleReader } from './reader-client';
import { loadReaderPart } from './reader-parts';
import { openSettingsOnRequest } from './settings-page';
import { forgetStory } from './story-cache';

/**
 * Listens for the keyboard shortcut, for closed tabs, and for reading mode asking for a part or for
 * the settings page.
 */
export function listenForBrowserEvents(): void {
  browser.commands.onCommand.addListener((command, tab) => onCommand(command, tab?.id));
  browser.tabs.onRemoved.addListener((tabId) => forgetStory(tabId));
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isLoadPartRequest(message)) return loadReaderPart(message, sender);
    if (isOpenSettingsRequest(message)) return openSettingsOnRequest(message, sender);
    return undefined;
  });
}

/** The keyboard shortcut toggles reading mode in the tab it was pressed on (else the active tab). */
export async function onCommand(command: string, tabId: number | undefined): Promise<void> {
  if (command !== TOGGLE_COMMAND) return;
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target !== undefined) await toggleReader(target);
}
