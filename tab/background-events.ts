import { browser } from 'wxt/browser';
import { TOGGLE_COMMAND } from './commands';
import { toggleReader } from './reader-client';
import { forgetStory } from './story-cache';

/** Listens for the keyboard shortcut and for closed tabs. */
export function listenForBrowserEvents(): void {
  browser.commands.onCommand.addListener((command, tab) => onCommand(command, tab?.id));
  browser.tabs.onRemoved.addListener((tabId) => forgetStory(tabId));
}

/** The keyboard shortcut toggles reading mode in the tab it was pressed on (else the active tab). */
export async function onCommand(command: string, tabId: number | undefined): Promise<void> {
  if (command !== TOGGLE_COMMAND) return;
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target !== undefined) await toggleReader(target);
}
