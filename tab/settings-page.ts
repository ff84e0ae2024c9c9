import { browser, type Browser } from 'wxt/browser';
import { isOpenSettingsRequest, type OpenSettingsRequest } from './messages';

/** Opens Crux's settings page from one of its own pages (the popup), which may open it directly. */
export function openSettingsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** Asks the background to open the settings page: reading mode, a content script, may not open it. */
export async function askToOpenSettingsPage(): Promise<void> {
  const request: OpenSettingsRequest = { type: 'crux:open-settings' };
  await browser.runtime.sendMessage(request);
}

/** The background's side of `askToOpenSettingsPage`: opens the page when Crux itself asked. */
export async function openSettingsOnRequest(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<boolean> {
  if (!isOpenSettingsRequest(message) || sender.id !== browser.runtime.id) return false;
  await browser.runtime.openOptionsPage();
  return true;
}
