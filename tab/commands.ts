/**
 * The keyboard shortcut's name in the manifest's `commands`: declared in wxt.config.ts, heard in the
 * background. A module of its own, with no import, so the build's config can read it in Node.
 */
export const TOGGLE_COMMAND = 'toggle-reader';

/** The key the manifest suggests for it. */
export const TOGGLE_SHORTCUT = 'Alt+Shift+R';
