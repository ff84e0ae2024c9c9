import type { Font, FontWeight, ReaderSettings, Theme } from '../settings/reader-settings';

/** The colour scheme reading mode draws: "auto" resolved against the system's preference. */
export type ResolvedTheme = Exclude<Theme, 'auto'>;

/** The theme reading mode draws, "auto" following the system's light or dark preference. */
export function resolveTheme(theme: Theme, systemPrefersDark: boolean): ResolvedTheme {
  if (theme !== 'auto') return theme;
  return systemPrefersDark ? 'dark' : 'light';
}

/** CSS font weights of the weight choices: medium is 500, which variable and system faces carry. */
const FONT_WEIGHT_VALUES: Record<FontWeight, string> = { regular: '400', medium: '500', bold: '700' };

/** The CSS custom properties reader.css reads the typography from; `fontStacks` from `readerFonts`. */
export function typographyVariables(
  settings: ReaderSettings,
  fontStacks: Record<Font, string>,
): Record<string, string> {
  const justified = settings.alignment === 'justify';
  return {
    '--crux-font': fontStacks[settings.font],
    '--crux-text-size': `${settings.textSize}px`,
    '--crux-line-width': `${settings.lineWidth}ch`,
    '--crux-line-height': String(settings.lineSpacing),
    '--crux-letter-spacing': settings.letterSpacing ? `${settings.letterSpacing}em` : 'normal',
    '--crux-word-spacing': settings.wordSpacing ? `${settings.wordSpacing}em` : 'normal',
    '--crux-weight': FONT_WEIGHT_VALUES[settings.fontWeight],
    '--crux-align': justified ? 'justify' : 'start',
    // Justified lines without hyphens open rivers of space in a narrow column; hyphens follow `lang`.
    '--crux-hyphens': justified ? 'auto' : 'manual',
  };
}

/**
 * The article's language as a tag the browser hyphenates by ("en-GB" from "en_gb"), or null when the
 * page declares none or something that is no language tag: hyphenating by a wrong language breaks
 * words in wrong places, while no language leaves them whole.
 */
export function hyphenationLanguage(declared: string | null | undefined): string | null {
  const tag = (declared ?? '').trim().replace(/_/gu, '-');
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/iu.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}
