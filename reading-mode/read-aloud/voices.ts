/** What reading aloud needs to know of a voice (`SpeechSynthesisVoice` has these). */
export interface VoiceInfo {
  voiceURI: string;
  name: string;
  lang: string;
  /** True for a voice that runs on the device; false for one that sends the text to a server. */
  localService: boolean;
  default: boolean;
}

/**
 * True for a voice that runs on the device. Firefox reports every voice of speech-dispatcher, Linux's
 * own speech service, as not local (it cannot vouch for the service's modules); they speak through a
 * daemon on the machine, so they count as on the device, as Chromium reports the same voices.
 */
export function onDevice(voice: VoiceInfo): boolean {
  return voice.localService || voice.voiceURI.startsWith('urn:moz-tts:speechd:');
}

/** Where a voice chosen for an article of unknown language is kept (BCP 47's "undetermined"). */
const UNKNOWN_LANGUAGE = 'und';

/** The language a voice chosen for an article of this language is kept under in the settings. */
export function voiceLanguage(articleLang: string | null | undefined): string {
  return primaryLanguage(articleLang) || UNKNOWN_LANGUAGE;
}

/** The primary language of a BCP 47 tag, lower-cased: "en" for "en-GB", "zh" for "zh_Hant_TW". */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').toLowerCase().split(/[-_]/u)[0] ?? '';
}

/**
 * The voices the reader may pick from, best first: only voices on the device unless online voices are
 * allowed; those for the article's language first (its exact region before the others), then the rest;
 * the browser's default first within each, then by name.
 */
export function voiceChoices(
  voices: readonly VoiceInfo[],
  articleLang: string | null,
  allowOnline: boolean,
): VoiceInfo[] {
  const wanted = (articleLang ?? '').toLowerCase().replace('_', '-');
  const language = primaryLanguage(wanted);
  const rank = (voice: VoiceInfo): number => {
    const lang = voice.lang.toLowerCase().replace('_', '-');
    if (language && lang === wanted) return 0;
    if (language && primaryLanguage(lang) === language) return 1;
    return 2;
  };
  return voices
    .filter((voice) => allowOnline || onDevice(voice))
    .map((voice) => ({ voice, rank: rank(voice) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(b.voice.default) - Number(a.voice.default) ||
        a.voice.name.localeCompare(b.voice.name),
    )
    .map(({ voice }) => voice);
}

/**
 * The voice to read the article with: the one the reader chose for its language, when it is still
 * offered; else the best offered for the language; else null, which leaves the choice to the browser
 * (a browser that lists no voices, as on Linux with speech-dispatcher, still speaks).
 */
export function chosenVoice(
  choices: readonly VoiceInfo[],
  articleLang: string | null,
  chosenByLanguage: Readonly<Record<string, string>>,
): VoiceInfo | null {
  const language = voiceLanguage(articleLang);
  const chosen = chosenByLanguage[language];
  const kept = chosen === undefined ? undefined : choices.find((voice) => voice.voiceURI === chosen);
  if (kept) return kept;
  const forLanguage = choices.find((voice) => primaryLanguage(voice.lang) === language);
  return forLanguage ?? choices[0] ?? null;
}

/**
 * Why there is no voice to read with, or null when there is one (or when the browser lists none, so
 * only speaking can tell): every voice listed sends the text away, and online voices are not allowed.
 */
export function missingVoice(voices: readonly VoiceInfo[], allowOnline: boolean): 'only-online' | null {
  if (voices.length === 0 || allowOnline) return null;
  return voices.some(onDevice) ? null : 'only-online';
}
