import { browser } from 'wxt/browser';

/** Whether this content script runs in a private (incognito) window, where Crux keeps nothing. */
export function inPrivateWindow(): boolean {
  return browser.extension?.inIncognitoContext === true;
}
