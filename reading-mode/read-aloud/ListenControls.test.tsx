// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_READER_SETTINGS, type ReaderSettings } from '../../settings/reader-settings';
import { useEnglishMessages } from '../../tests/unit-helpers/english-messages';
import { ListenControls } from './ListenControls';

const voice = (name: string, lang: string, localService: boolean) =>
  ({ name, lang, localService, default: false, voiceURI: `uri:${name}` }) as SpeechSynthesisVoice;

let container: HTMLElement;
let voices: SpeechSynthesisVoice[];

beforeEach(() => {
  useEnglishMessages();
  voices = [
    voice('Amelie', 'fr-FR', true),
    voice('Daniel', 'en-GB', true),
    voice('Online Libby', 'en-GB', false),
  ];
  const synthesis = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    speak: vi.fn(),
    cancel: vi.fn(),
  });
  vi.stubGlobal('speechSynthesis', synthesis);
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
});

function show(settings: Partial<ReaderSettings>, onChange = vi.fn()) {
  act(() =>
    render(
      <ListenControls
        article={() => null}
        scroller={() => null}
        coveredTop={() => 0}
        finishDrawing={() => undefined}
        lang="en-GB"
        settings={{ ...DEFAULT_READER_SETTINGS, ...settings }}
        onChange={onChange}
        open
        onOpenChange={() => undefined}
      />,
      container,
    ),
  );
  return onChange;
}

const options = (index: number) =>
  [...(container.querySelectorAll('select')[index]?.options ?? [])].map((option) => option.textContent);

describe('ListenControls', () => {
  it('offers every speed from 0.5× to 3×, and keeps the one chosen in the reading settings', () => {
    const onChange = show({});
    expect(options(0)).toEqual(['0.5×', '0.75×', '1×', '1.25×', '1.5×', '1.75×', '2×', '2.5×', '3×']);
    const speed = container.querySelectorAll('select')[0];
    act(() => {
      if (speed) speed.value = '1.5';
      speed?.dispatchEvent(new Event('change'));
    });
    expect(onChange).toHaveBeenCalledWith({ speechRate: 1.5 });
  });

  it('lists voices on the device, the article’s language first, and keeps a choice for that language', () => {
    const onChange = show({ voices: { fr: 'uri:Amelie' } });
    expect(options(1)).toEqual(['Daniel (en-GB)', 'Amelie (fr-FR)']);
    const menu = container.querySelectorAll('select')[1];
    act(() => {
      if (menu) menu.value = 'uri:Amelie';
      menu?.dispatchEvent(new Event('change'));
    });
    expect(onChange).toHaveBeenCalledWith({ voices: { fr: 'uri:Amelie', en: 'uri:Amelie' } });
  });

  it('names online voices as such, and lists them only once allowed', () => {
    show({ onlineVoices: true });
    expect(options(1)).toContain('Online Libby, online (en-GB)');
  });

  it('says so, and offers no Play, when every voice sends the text away and online voices are off', () => {
    voices = [voice('Online Libby', 'en-GB', false)];
    show({});
    expect(container.querySelector('[data-testid="listen-message"]')?.textContent).toMatch(
      /Allow online voices/,
    );
    expect(container.querySelector<HTMLButtonElement>('[data-testid="listen-play"]')?.disabled).toBe(true);
  });

  it('labels every control for keyboards and screen readers', () => {
    show({});
    for (const button of container.querySelectorAll('button'))
      expect(button.getAttribute('aria-label')).toBeTruthy();
    expect(container.querySelector('section')?.getAttribute('aria-label')).toBe('Listen');
  });
});
