import { describe, expect, it } from 'vitest';
import { hyphenationLanguage, resolveTheme, typographyVariables } from './reader-style';
import { DEFAULT_READER_SETTINGS, validSettings } from '../settings/reader-settings';

describe('reader settings', () => {
  it('defaults to a comfortable column: about 70 characters a line, 1.6 line height, the system theme', () => {
    expect(DEFAULT_READER_SETTINGS).toEqual({
      theme: 'auto',
      font: 'serif',
      textSize: 20,
      lineWidth: 70,
      lineSpacing: 1.6,
      letterSpacing: 0,
      wordSpacing: 0,
      fontWeight: 'regular',
      alignment: 'start',
      lineFocus: 0,
      speechRate: 1,
      voices: {},
      onlineVoices: false,
      readCaptions: false,
    });
  });

  it('keeps valid stored values and replaces missing or unknown ones with the defaults', () => {
    expect(validSettings({ theme: 'sepia', font: 'legible', textSize: 24 })).toEqual({
      ...DEFAULT_READER_SETTINGS,
      theme: 'sepia',
      font: 'legible',
      textSize: 24,
    });
    expect(validSettings({ theme: 'neon', textSize: 3, lineWidth: '70', lineSpacing: null })).toEqual(
      DEFAULT_READER_SETTINGS,
    );
  });

  it('keeps the type choices only when they are listed ones', () => {
    const chosen = {
      letterSpacing: 0.12,
      wordSpacing: 0.16,
      fontWeight: 'medium',
      alignment: 'justify',
      lineFocus: 3,
      theme: 'contrast',
    } as const;
    expect(validSettings(chosen)).toEqual({ ...DEFAULT_READER_SETTINGS, ...chosen });
    expect(
      validSettings({
        letterSpacing: 0.5,
        wordSpacing: '0.16',
        fontWeight: 900,
        alignment: 'center',
        lineFocus: 2,
        theme: 'grey',
      }),
    ).toEqual(DEFAULT_READER_SETTINGS);
  });

  it('keeps reading-aloud choices only when they are sane: a listed speed, true switches, short voice names', () => {
    expect(
      validSettings({
        speechRate: 1.5,
        voices: { en: 'uri:Daniel' },
        onlineVoices: true,
        readCaptions: true,
      }),
    ).toEqual({
      ...DEFAULT_READER_SETTINGS,
      speechRate: 1.5,
      voices: { en: 'uri:Daniel' },
      onlineVoices: true,
      readCaptions: true,
    });
    expect(
      validSettings({
        speechRate: 9,
        voices: { en: 4, 'not a language': 'x', fr: 'y'.repeat(500), de: 'uri:Anna' },
        onlineVoices: 'yes',
        readCaptions: 1,
      }),
    ).toEqual({ ...DEFAULT_READER_SETTINGS, voices: { de: 'uri:Anna' } });
    expect(validSettings({ voices: ['uri:Daniel'] }).voices).toEqual({});
  });
});

describe('resolveTheme', () => {
  it('follows the system for "auto" and keeps a chosen theme', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('sepia', true)).toBe('sepia');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('contrast', false)).toBe('contrast');
    expect(resolveTheme('gray', true)).toBe('gray');
  });
});

describe('typographyVariables', () => {
  it('maps each setting to the CSS variable reader.css reads', () => {
    const stacks = { serif: 'a, serif', sans: 'system-ui, sans-serif', legible: 'b, system-ui, sans-serif' };
    expect(
      typographyVariables(
        {
          ...DEFAULT_READER_SETTINGS,
          theme: 'dark',
          font: 'legible',
          textSize: 22,
          lineWidth: 65,
          lineSpacing: 1.8,
        },
        stacks,
      ),
    ).toEqual({
      '--crux-font': stacks.legible,
      '--crux-text-size': '22px',
      '--crux-line-width': '65ch',
      '--crux-line-height': '1.8',
      '--crux-letter-spacing': 'normal',
      '--crux-word-spacing': 'normal',
      '--crux-weight': '400',
      '--crux-align': 'start',
      '--crux-hyphens': 'manual',
    });
  });

  it('spaces letters and words in em, weighs the text, and hyphenates only justified lines', () => {
    const stacks = { serif: 'serif', sans: 'sans-serif', legible: 'sans-serif' };
    expect(
      typographyVariables(
        {
          ...DEFAULT_READER_SETTINGS,
          letterSpacing: 0.06,
          wordSpacing: 0.16,
          fontWeight: 'bold',
          alignment: 'justify',
        },
        stacks,
      ),
    ).toMatchObject({
      '--crux-letter-spacing': '0.06em',
      '--crux-word-spacing': '0.16em',
      '--crux-weight': '700',
      '--crux-align': 'justify',
      '--crux-hyphens': 'auto',
    });
    expect(typographyVariables({ ...DEFAULT_READER_SETTINGS, fontWeight: 'medium' }, stacks)).toMatchObject({
      '--crux-weight': '500',
    });
  });
});

describe('hyphenationLanguage', () => {
  it('hyphenates by the language the article declares, written as a browser knows it', () => {
    expect(hyphenationLanguage('en')).toBe('en');
    expect(hyphenationLanguage('en-gb')).toBe('en-GB');
    expect(hyphenationLanguage('de_DE')).toBe('de-DE');
    expect(hyphenationLanguage(' fr-CA ')).toBe('fr-CA');
    expect(hyphenationLanguage('zh-hant-tw')).toBe('zh-Hant-TW');
  });

  it('leaves words whole when the language is unknown or no language tag', () => {
    expect(hyphenationLanguage(null)).toBeNull();
    expect(hyphenationLanguage('')).toBeNull();
    expect(hyphenationLanguage('english')).toBeNull();
    expect(hyphenationLanguage('en-')).toBeNull();
    expect(hyphenationLanguage('x<y')).toBeNull();
  });
});
