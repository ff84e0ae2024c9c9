/**
 * Bidirectional formatting characters: the Arabic letter mark (U+061C), the left-to-right and
 * right-to-left marks (U+200E, U+200F), embeddings and overrides (U+202A–U+202E) and isolates
 * (U+2066–U+2069). A page can hide them in a name or title to reverse the interface text around it.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Text a page gave, without bidirectional formatting characters, ready to show or copy. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
