import legibleBold from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?inline';
import legibleBoldItalic from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-italic.woff2?inline';
import legibleItalic from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-italic.woff2?inline';
import legibleRegular from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?inline';
import type { FaceStyle } from './fonts';

/**
 * Atkinson Hyperlegible, the legibility-first face Crux ships (SIL OFL; its licence is copied into the
 * build): the Latin subset, regular and bold, upright and italic, as woff2 data. Other scripts fall
 * back to the system's sans-serif. A part of its own (`entrypoints/reader-legible-faces.ts`): most
 * readers never choose it, and its bytes were half the reader script.
 */
export const LEGIBLE_FACES: readonly (FaceStyle & { data: string })[] = [
  { weight: '400', style: 'normal', data: legibleRegular },
  { weight: '400', style: 'italic', data: legibleItalic },
  { weight: '700', style: 'normal', data: legibleBold },
  { weight: '700', style: 'italic', data: legibleBoldItalic },
];
