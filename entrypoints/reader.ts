import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ReaderController } from '../reading-mode/controller';
import type { ReaderRequest } from '../tab/messages';

/** Set once per tab: the popup injects this script on every open, and one listener must answer. */
const INSTALLED_FLAG = Symbol.for('crux.reader.installed');

/**
 * The reader script, put into the tab by the popup or the shortcut. An unlisted script rather than a
 * content script: WXT's content-script context announces every injection to the page with a DOM event
 * named after the extension's ID, a stable identifier any page could read.
 */
export default defineUnlistedScript(() => {
  // Answers the page's content type, so the popup knows a PDF in the browser's viewer from a web page.
  const scope = globalThis as typeof globalThis & { [INSTALLED_FLAG]?: boolean };
  if (scope[INSTALLED_FLAG]) return document.contentType;
  scope[INSTALLED_FLAG] = true;
  const controller = new ReaderController(document);
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isReaderRequest(message)) return undefined;
    return Promise.resolve(controller.handle(message));
  });
  return document.contentType;
});

function isReaderRequest(message: unknown): message is ReaderRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    'type' in message &&
    typeof message.type === 'string' &&
    message.type.startsWith('crux:')
  );
}
