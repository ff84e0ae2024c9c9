import { storage } from 'wxt/utils/storage';

/**
 * The reader's colour schemes; "auto" follows the system's light or dark preference. Gray is a dim
 * light-on-gray for evening reading; contrast is white on black at WCAG AAA (7:1) for every colour.
 */
export const THEMES = ['auto', 'light', 'sepia', 'gray', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** The typefaces the reader can choose: the system's serif and sans-serif, and a bundled legibility-first face. */
export const FONTS = ['serif', 'sans', 'legible'] as const;
export type Font = (typeof FONTS)[number];

/** Text sizes in CSS pixels: 16 is the browser default, 28 suits low vision without breaking the column. */
export const TEXT_SIZES = [16, 18, 20, 22, 24, 28] as const;
/** Line widths in characters: 60–75 is the span typographers recommend for continuous reading. */
export const LINE_WIDTHS = [55, 65, 70, 80] as const;
/** Line heights as multiples of the text size: WCAG 1.4.12 asks that 1.5 be possible. */
export const LINE_SPACINGS = [1.4, 1.6, 1.8, 2] as const;

/**
 * Extra space between letters, in em: 0.12 is the most WCAG 1.4.12 asks a page to bear, which some
 * readers with dyslexia or low vision want; the steps between are for taste.
 */
export const LETTER_SPACINGS = [0, 0.03, 0.06, 0.12] as const;
/** Extra space between words, in em: 0.16 is WCAG 1.4.12's figure, twice it for who needs more. */
export const WORD_SPACINGS = [0, 0.08, 0.16, 0.32] as const;

/** How heavy the article's text is: a medium or bold body helps on thin screens and for low vision. */
export const FONT_WEIGHTS = ['regular', 'medium', 'bold'] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** How lines end: ragged at the line's end, or justified with words hyphenated in the article's language. */
export const ALIGNMENTS = ['start', 'justify'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

/** How many lines line focus leaves bright around the reading line; 0 turns it off. */
export const LINE_FOCUS_LINES = [0, 1, 3, 5] as const;

/** Reading-aloud speeds, as multiples of the voice's own: Chrome's and Firefox's readers offer 0.5 to 3. */
export const SPEECH_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

/** How the reader wants reading mode to look, and to sound. */
export interface ReaderSettings {
  theme: Theme;
  font: Font;
  textSize: (typeof TEXT_SIZES)[number];
  lineWidth: (typeof LINE_WIDTHS)[number];
  lineSpacing: (typeof LINE_SPACINGS)[number];
  letterSpacing: (typeof LETTER_SPACINGS)[number];
  wordSpacing: (typeof WORD_SPACINGS)[number];
  fontWeight: FontWeight;
  alignment: Alignment;
  lineFocus: (typeof LINE_FOCUS_LINES)[number];
  speechRate: (typeof SPEECH_RATES)[number];
  /** The voice chosen for each language ("en" → a voice's `voiceURI`). */
  voices: Record<string, string>;
  /** Voices that send the article's text to their provider's server may be used. */
  onlineVoices: boolean;
  /** Figure captions are read aloud with the article. */
  readCaptions: boolean;
}

/**
 * Comfortable defaults: a 20 px regular serif at about 70 characters a line, 1.6 line height, the
 * font's own spacing, ragged lines, no line focus, colours as the system's; read aloud at the voice's own speed, by voices on the device only, captions left out.
 */
export const DEFAULT_READER_SETTINGS: ReaderSettings = {
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
};

/** The reader's settings, synced across the reader's browsers; the popup and reading mode share it. */
export const readerSettings = storage.defineItem<ReaderSettings>('sync:readerSettings', {
  fallback: DEFAULT_READER_SETTINGS,
});

/** Settings as stored, with anything missing or out of range (an older or tampered value) set to its default. */
export function validSettings(stored: Partial<Record<keyof ReaderSettings, unknown>>): ReaderSettings {
  return {
    theme: oneOf(THEMES, stored.theme) ?? DEFAULT_READER_SETTINGS.theme,
    font: oneOf(FONTS, stored.font) ?? DEFAULT_READER_SETTINGS.font,
    textSize: oneOf(TEXT_SIZES, stored.textSize) ?? DEFAULT_READER_SETTINGS.textSize,
    lineWidth: oneOf(LINE_WIDTHS, stored.lineWidth) ?? DEFAULT_READER_SETTINGS.lineWidth,
    lineSpacing: oneOf(LINE_SPACINGS, stored.lineSpacing) ?? DEFAULT_READER_SETTINGS.lineSpacing,
    letterSpacing: oneOf(LETTER_SPACINGS, stored.letterSpacing) ?? DEFAULT_READER_SETTINGS.letterSpacing,
    wordSpacing: oneOf(WORD_SPACINGS, stored.wordSpacing) ?? DEFAULT_READER_SETTINGS.wordSpacing,
    fontWeight: oneOf(FONT_WEIGHTS, stored.fontWeight) ?? DEFAULT_READER_SETTINGS.fontWeight,
    alignment: oneOf(ALIGNMENTS, stored.alignment) ?? DEFAULT_READER_SETTINGS.alignment,
    lineFocus: oneOf(LINE_FOCUS_LINES, stored.lineFocus) ?? DEFAULT_READER_SETTINGS.lineFocus,
    speechRate: oneOf(SPEECH_RATES, stored.speechRate) ?? DEFAULT_READER_SETTINGS.speechRate,
    voices: validVoices(stored.voices),
    onlineVoices: stored.onlineVoices === true,
    readCaptions: stored.readCaptions === true,
  };
}

/** At most this many languages keep a chosen voice: sync storage items are small. */
const MAX_VOICE_LANGUAGES = 20;

/** The stored voice choices that are language → voice strings of sane length; nothing else. */
function validVoices(stored: unknown): Record<string, string> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const voices: Record<string, string> = {};
  for (const [language, voice] of Object.entries(stored).slice(0, MAX_VOICE_LANGUAGES)) {
    if (/^[a-z]{2,3}$/u.test(language) && typeof voice === 'string' && voice.length <= 200)
      voices[language] = voice;
  }
  return voices;
}

/** `value` as one of the allowed options, or undefined when it is none of them. */
export function oneOf<T>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((option) => option === value);
}
