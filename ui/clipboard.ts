/**
 * Puts text on the clipboard. Where the asynchronous Clipboard API is missing or refused (a page
 * served over plain http, or one whose permissions policy blocks it), falls back to copying a
 * selection from a hidden text area placed beside `anchor`, which works inside a user's click.
 */
export async function writeClipboard(text: string, anchor: Element): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (error) {
    const document = anchor.ownerDocument;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.setAttribute('aria-hidden', 'true');
    area.style.cssText = 'position: fixed; opacity: 0; pointer-events: none;';
    anchor.after(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw error;
  }
}
