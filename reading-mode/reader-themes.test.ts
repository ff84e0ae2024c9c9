import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../settings/reader-settings';

/** reading-mode/reader.css, as the shadow root gets it. */
const READER_CSS = readFileSync(new URL('./reader.css', import.meta.url), 'utf8');

/** The custom properties one theme's rule sets, e.g. { '--crux-bg': '#000000' }. */
function themeColours(theme: string): Record<string, string> {
  const rule = new RegExp(`\\.crux-scroller\\[data-theme='${theme}'\\]\\s*\\{([^}]*)\\}`, 'u').exec(
    READER_CSS,
  );
  if (!rule?.[1]) throw new Error(`no rule for theme ${theme}`);
  return Object.fromEntries(
    [...rule[1].matchAll(/(--crux-[a-z-]+):\s*(#[0-9a-f]{6})/gu)].map((match) => [match[1], match[2]]),
  );
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [red = 0, green = 0, blue = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(one: string, other: string): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const TEXT_COLOURS = ['--crux-text', '--crux-muted', '--crux-accent', '--crux-link'];
const BACKGROUNDS = [
  '--crux-bg',
  '--crux-surface',
  '--crux-mark',
  '--crux-quote',
  '--crux-hl-yellow',
  '--crux-hl-green',
  '--crux-hl-blue',
  '--crux-hl-pink',
];

/** The lowest contrast of the given text colours on the given backgrounds in one theme. */
function lowestContrast(theme: string, texts: string[], backgrounds: string[]): number {
  const colours = themeColours(theme);
  const ratios = texts.flatMap((text) =>
    backgrounds.map((background) => {
      const [fore, back] = [colours[text], colours[background]];
      if (!fore || !back) throw new Error(`${theme} lacks ${text} or ${background}`);
      return contrast(fore, back);
    }),
  );
  return Math.min(...ratios);
}

describe('reading mode themes', () => {
  it('every theme sets every colour reading mode uses', () => {
    for (const theme of THEMES.filter((name) => name !== 'auto')) {
      expect(Object.keys(themeColours(theme)).sort(), theme).toEqual(
        Object.keys(themeColours('light')).sort(),
      );
    }
  });

  it('every text colour of every theme meets WCAG AA (4.5:1) on every background', () => {
    for (const theme of THEMES.filter((name) => name !== 'auto')) {
      expect(lowestContrast(theme, TEXT_COLOURS, BACKGROUNDS), theme).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('high contrast meets WCAG AAA (7:1) for every text colour on every background, and 3:1 for its rules', () => {
    expect(lowestContrast('contrast', TEXT_COLOURS, BACKGROUNDS)).toBeGreaterThanOrEqual(7);
    expect(lowestContrast('contrast', ['--crux-focus'], ['--crux-bg'])).toBeGreaterThanOrEqual(7);
    // Rules and borders are no text: WCAG 1.4.11 asks 3:1 of them, and a white one made the progress
    // bar's empty track look full.
    expect(lowestContrast('contrast', ['--crux-line'], ['--crux-bg'])).toBeGreaterThanOrEqual(3);
  });

  it("gray's text and links meet WCAG AAA (7:1) on its background", () => {
    expect(lowestContrast('gray', TEXT_COLOURS, ['--crux-bg'])).toBeGreaterThanOrEqual(7);
  });

  it('a check that cannot pass fails: a colour on itself is 1:1', () => {
    expect(contrast('#3d3d40', '#3d3d40')).toBe(1);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
