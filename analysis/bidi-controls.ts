/**
 * Unicode's bidirectional controls: the Arabic letter mark, the left-to-right and right-to-left marks,
 * embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). None carries a word; a page can
 * hide them in a name or a quote to reverse how the popup lays out the text around it.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** The text without bidirectional controls, for every string the analysis hands to a reader. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
