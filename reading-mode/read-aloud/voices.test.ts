import { describe, expect, it } from 'vitest';
import { chosenVoice, missingVoice, primaryLanguage, voiceChoices, type VoiceInfo } from './voices';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceInfo => ({
  voiceURI: `uri:${name}`,
  name,
  lang,
  localService,
  default: isDefault,
});

const VOICES = [
  voice('Zoe', 'en-US'),
  voice('Amelie', 'fr-CA'),
  voice('Online Libby', 'en-GB', false),
  voice('Daniel', 'en-GB'),
  voice('Thomas', 'fr-FR'),
  voice('Alex', 'en-US', true, true),
  voice('Online Henri', 'fr-FR', false),
];
const names = (voices: VoiceInfo[]) => voices.map((v) => v.name);

describe('voiceChoices', () => {
  it('offers only voices on the device, the article’s language and region first, the default first', () => {
    expect(names(voiceChoices(VOICES, 'en-GB', false))).toEqual([
      'Daniel',
      'Alex',
      'Zoe',
      'Amelie',
      'Thomas',
    ]);
    expect(names(voiceChoices(VOICES, 'fr', false))).toEqual(['Amelie', 'Thomas', 'Alex', 'Daniel', 'Zoe']);
  });

  it('offers online voices only once the reader allows them', () => {
    expect(names(voiceChoices(VOICES, 'fr-FR', true))).toEqual([
      'Online Henri',
      'Thomas',
      'Amelie',
      'Alex',
      'Daniel',
      'Online Libby',
      'Zoe',
    ]);
  });

  it('keeps the browser’s order of preference when the article’s language is unknown', () => {
    expect(names(voiceChoices(VOICES, null, false))[0]).toBe('Alex');
  });
});

describe('chosenVoice', () => {
  const choices = voiceChoices(VOICES, 'fr-FR', false);

  it('keeps the voice the reader chose for the language while it is offered', () => {
    expect(chosenVoice(choices, 'fr-FR', { fr: 'uri:Amelie', en: 'uri:Zoe' })?.name).toBe('Amelie');
  });

  it('falls back to the best voice for the language when the chosen one is gone or not allowed', () => {
    expect(chosenVoice(choices, 'fr-FR', { fr: 'uri:Online Henri' })?.name).toBe('Thomas');
    expect(chosenVoice(choices, 'fr-FR', {})?.name).toBe('Thomas');
  });

  it('leaves the choice to the browser when it lists no voices', () => {
    expect(chosenVoice([], 'en', {})).toBeNull();
  });
});

describe('missingVoice', () => {
  it('says so when every voice listed sends the text away and online voices are not allowed', () => {
    const online = [voice('Online Libby', 'en-GB', false)];
    expect(missingVoice(online, false)).toBe('only-online');
    expect(missingVoice(online, true)).toBeNull();
    expect(missingVoice(VOICES, false)).toBeNull();
    // An empty list proves nothing: Chromium and Firefox on Linux speak through speech-dispatcher and list none.
    expect(missingVoice([], false)).toBeNull();
  });
});

describe('onDevice', () => {
  it('counts Firefox’s speech-dispatcher voices as on the device, which Firefox reports as not local', () => {
    const speechd = { ...voice('en-us', 'en', false), voiceURI: 'urn:moz-tts:speechd:en-us?en' };
    expect(voiceChoices([speechd, voice('Online Libby', 'en-GB', false)], 'en', false)).toEqual([speechd]);
    expect(missingVoice([speechd], false)).toBeNull();
  });
});

describe('primaryLanguage', () => {
  it('reads the language of a tag in either spelling', () => {
    expect(['en-GB', 'EN', 'zh_Hant_TW', '', null].map(primaryLanguage)).toEqual(['en', 'en', 'zh', '', '']);
  });
});
