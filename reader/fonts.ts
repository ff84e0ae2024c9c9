import { LEGIBLE_FAMILY } from './reader-style';

/** Where the build puts the bundled font files (copied from @fontsource/atkinson-hyperlegible by wxt.config.ts). */
export const FONT_DIRECTORY = 'fonts';

/**
 * The faces shipped: the Latin subset in regular and bold, upright and italic, as woff2, which
 * every browser Crux supports reads. Other scripts fall back to the system's sans-serif.
 */
export const LEGIBLE_FACES = [
  { file: 'atkinson-hyperlegible-latin-400-normal.woff2', weight: 400, style: 'normal' },
  { file: 'atkinson-hyperlegible-latin-400-italic.woff2', weight: 400, style: 'italic' },
  { file: 'atkinson-hyperlegible-latin-700-normal.woff2', weight: 700, style: 'normal' },
  { file: 'atkinson-hyperlegible-latin-700-italic.woff2', weight: 700, style: 'italic' },
] as const;

/** @font-face rules for the bundled face, its files addressed through `extensionUrl` (browser.runtime.getURL). */
export function legibleFontFaces(extensionUrl: (path: `/${string}`) => string): string {
  return LEGIBLE_FACES.map(
    (face) =>
      `@font-face { font-family: '${LEGIBLE_FAMILY}'; font-style: ${face.style}; font-weight: ${face.weight}; ` +
      `font-display: swap; src: url('${extensionUrl(`/${FONT_DIRECTORY}/${face.file}`)}') format('woff2'); }`,
  ).join('\n');
}
