import type { Font, ReaderSettings, Theme } from './settings';

/** The colour scheme reading mode draws: "auto" resolved against the system's preference. */
export type ResolvedTheme = Exclude<Theme, 'auto'>;

/**
 * The family name of the bundled legibility-first face. Crux's own name, so a page that declares
 * "Atkinson Hyperlegible" itself (the declaration lives in the page's document) cannot swap in its copy.
 */
export const LEGIBLE_FAMILY = 'Crux Atkinson Hyperlegible';

/** Each font choice as a CSS stack that degrades to what every system has. */
export const FONT_STACKS: Record<Font, string> = {
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  legible: `'${LEGIBLE_FAMILY}', system-ui, sans-serif`,
};

/** The theme reading mode draws, "auto" following the system's light or dark preference. */
export function resolveTheme(theme: Theme, systemPrefersDark: boolean): ResolvedTheme {
  if (theme !== 'auto') return theme;
  return systemPrefersDark ? 'dark' : 'light';
}

/** The CSS custom properties reader.css reads the typography from. */
export function typographyVariables(settings: ReaderSettings): Record<string, string> {
  return {
    '--crux-font': FONT_STACKS[settings.font],
    '--crux-text-size': `${settings.textSize}px`,
    '--crux-line-width': `${settings.lineWidth}ch`,
    '--crux-line-height': String(settings.lineSpacing),
  };
}
