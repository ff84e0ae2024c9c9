import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

/** The name of a message in the interface's English catalogue; the other languages hold the same names. */
export type MessageName = keyof typeof english;

/** An interface string in the browser's language (English when Crux has no translation for it). */
export function t(name: MessageName, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(name, substitutions.map(String));
}

/**
 * The direction the interface's language is written in: the surfaces' own text follows it, not the
 * page's (reading mode's host inherits an Arabic page's `rtl`, which `all: initial` does not reset).
 */
export function interfaceDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
