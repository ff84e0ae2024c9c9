import type { Font, ReaderSettings, Theme } from '../settings/reader-settings';

/** The colour scheme reading mode draws: "auto" resolved against the system's preference. */
export type ResolvedTheme = Exclude<Theme, 'auto'>;

/** The theme reading mode draws, "auto" following the system's light or dark preference. */
export function resolveTheme(theme: Theme, systemPrefersDark: boolean): ResolvedTheme {
  if (theme !== 'auto') return theme;
  return systemPrefersDark ? 'dark' : 'light';
}

/** The CSS custom properties reader.css reads the typography from; `fontStacks` from `readerFonts`. */
export function typographyVariables(
  settings: ReaderSettings,
  fontStacks: Record<Font, string>,
): Record<string, string> {
  return {
    '--crux-font': fontStacks[settings.font],
    '--crux-text-size': `${settings.textSize}px`,
    '--crux-line-width': `${settings.lineWidth}ch`,
    '--crux-line-height': String(settings.lineSpacing),
  };
}
