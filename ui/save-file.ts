/**
 * How long the file's blob address stays valid after the click: the browser starts the download
 * after the click returns, so revoking it at once could cancel it.
 */
const KEEP_ADDRESS_MS = 60_000;

/**
 * Saves `text` as a file named `fileName`, as a click on a download link does: no `downloads`
 * permission, and by default no dialog (the browser's download folder).
 */
export function saveTextFile(text: string, fileName: string, type: string, document: Document): void {
  const address = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = address;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(address), KEEP_ADDRESS_MS);
}

/** A file name with the day in it, as a reader sorts their exports: `crux-highlights-2024-03-01.md`. */
export function datedFileName(stem: string, extension: string, now = new Date()): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `${stem}-${day}.${extension}`;
}
