import { browser, type Browser } from 'wxt/browser';
import { isLoadPartRequest, READER_PARTS } from './messages';

/**
 * The background's side of reading mode's parts: puts the part reading mode asked for into the frame
 * that asked, in the extension's isolated world, as the reader script itself was put there. The tab
 * keeps the access the reader's click gave (`activeTab`) until it navigates, so no host permission and
 * no `web_accessible_resources` entry is needed, and the page can neither load the part nor see it.
 */
export async function loadReaderPart(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (!isLoadPartRequest(message) || sender.id !== browser.runtime.id || tabId === undefined) return false;
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [READER_PARTS[message.part]],
  });
  return true;
}
