import { useEffect, useRef, useState } from 'preact/hooks';
import { SPEECH_RATES, oneOf, type ReaderSettings } from '../../settings/reader-settings';
import { t } from '../../ui/i18n';
import { loadPart } from '../parts';
import type { Listening, ListeningView } from './listening';
import { chosenVoice, missingVoice, onDevice, voiceChoices, voiceLanguage } from './voices';

interface ListenControlsProps {
  /** The article as reading mode shows it, once drawn; its scrolling box; how much the toolbar covers. */
  article: () => HTMLElement | null;
  scroller: () => HTMLElement | null;
  coveredTop: () => number;
  /** Puts the rest of a long article in before it is read. */
  finishDrawing: () => void;
  lang: string | null;
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
  /** The Listen row is shown; the toolbar's Listen button toggles it, and reading starts as it opens. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Reading aloud's controls in reading mode's toolbar: play and pause, the previous and next paragraph,
 * speed and voice. The speech itself is a part loaded when the reader first listens.
 */
export function ListenControls(props: ListenControlsProps) {
  const { settings, lang, open } = props;
  const listening = useRef<Listening | null>(null);
  const [view, setView] = useState<ListeningView | null>(null);
  const [failed, setFailed] = useState(false);
  const voices = useVoices();
  const choices = voiceChoices(voices, lang, settings.onlineVoices);
  const voice = chosenVoice(choices, lang, settings.voices);
  const onlyOnline = missingVoice(voices, settings.onlineVoices) === 'only-online';
  const state = view?.state.kind ?? 'idle';

  const start = async (): Promise<void> => {
    if (listening.current) {
      listening.current.play();
      return;
    }
    const article = props.article();
    const scroller = props.scroller();
    if (!article || !scroller || onlyOnline) return;
    props.finishDrawing();
    try {
      const { startListening } = await loadPart('read-aloud');
      const window = article.ownerDocument.defaultView;
      listening.current = startListening({
        article,
        scroller,
        coveredTop: props.coveredTop,
        lang,
        captions: settings.readCaptions,
        reducedMotion: () => window?.matchMedia?.(REDUCED_MOTION).matches ?? false,
        onChange: setView,
      });
      listening.current.configure(settings.speechRate, voice);
      listening.current.play();
    } catch {
      setFailed(true);
    }
  };

  // Opening the row starts reading; closing it, or closing reading mode, stops speech at once.
  useEffect(() => {
    if (open) void start();
    else stop();
  }, [open]);
  useEffect(() => stop, []);
  useEffect(() => listening.current?.configure(settings.speechRate, voice), [settings.speechRate, voice]);

  function stop(): void {
    listening.current?.stop();
    listening.current = null;
    setView(null);
  }

  // "N" plays and pauses anywhere in reading mode but in a form field.
  useEffect(() => {
    const scroller = props.scroller();
    if (!scroller) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key.toLowerCase() !== 'n' || event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest('input, select, textarea')) return;
      event.preventDefault();
      if (!open) props.onOpenChange(true);
      else if (state === 'playing') listening.current?.pause();
      else void start();
    };
    scroller.addEventListener('keydown', onKeyDown);
    return () => scroller.removeEventListener('keydown', onKeyDown);
  });

  const message = failed
    ? t('listenNoSpeech')
    : onlyOnline
      ? t('listenOnlyOnline')
      : view?.state.kind === 'unavailable'
        ? t(view.state.reason === 'no-speech' ? 'listenNoSpeech' : 'listenStopped')
        : null;
  const playing = state === 'playing';
  const canSkip = state === 'playing' || state === 'paused';
  return (
    <section id="crux-listen" class="crux-listen" hidden={!open} aria-label={t('listen')}>
      <div class="crux-listen-buttons">
        <SkipButton
          direction={-1}
          disabled={!canSkip}
          onSkip={(direction) => listening.current?.skip(direction)}
        />
        <button
          type="button"
          class="crux-button crux-listen-play"
          data-testid="listen-play"
          aria-label={playing ? t('listenPause') : t('listenPlay')}
          disabled={failed || onlyOnline}
          onClick={() => (playing ? listening.current?.pause() : void start())}
        >
          <Icon path={playing ? PAUSE : PLAY} /> {playing ? t('listenPause') : t('listenPlay')}
        </button>
        <SkipButton
          direction={1}
          disabled={!canSkip}
          onSkip={(direction) => listening.current?.skip(direction)}
        />
      </div>
      <label class="crux-listen-field">
        {t('listenSpeed')}
        <select
          value={String(settings.speechRate)}
          onChange={(event) =>
            props.onChange({ speechRate: oneOf(SPEECH_RATES, Number(event.currentTarget.value)) ?? 1 })
          }
        >
          {SPEECH_RATES.map((rate) => (
            <option key={rate} value={String(rate)}>
              {t('speedValue', rate.toLocaleString(lang ?? undefined))}
            </option>
          ))}
        </select>
      </label>
      <label class="crux-listen-field">
        {t('listenVoice')}
        <select
          value={voice?.voiceURI ?? ''}
          disabled={choices.length === 0}
          onChange={(event) =>
            props.onChange({
              voices: {
                ...settings.voices,
                [voiceLanguage(lang)]: event.currentTarget.value,
              },
            })
          }
        >
          {choices.length === 0 && <option value="">{t('listenDefaultVoice')}</option>}
          {choices.map((choice) => (
            <option key={choice.voiceURI} value={choice.voiceURI}>
              {onDevice(choice) ? choice.name : t('onlineVoiceName', choice.name)} ({choice.lang})
            </option>
          ))}
        </select>
      </label>
      {view?.away && (
        <button type="button" class="crux-button" onClick={() => listening.current?.backToVoice()}>
          {t('listenBackToVoice')}
        </button>
      )}
      <p class="crux-listen-message" data-testid="listen-message" role="status">
        {message}
      </p>
    </section>
  );
}

/** The controls' icons, drawn (a font may lack the media symbols), on a 16-unit square. */
const PLAY = 'M4 2.5v11l9-5.5z';
const PAUSE = 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z';
const PREVIOUS = 'M2.5 2.5h2v11h-2zM14 2.5v11L5.5 8z';
const NEXT = 'M11.5 2.5h2v11h-2zM2 2.5v11L10.5 8z';

/** The previous or next paragraph: an icon button named for screen readers and on hover. */
function SkipButton(props: { direction: 1 | -1; disabled: boolean; onSkip: (direction: 1 | -1) => void }) {
  const label = t(props.direction === 1 ? 'listenNext' : 'listenPrevious');
  return (
    <button
      type="button"
      class="crux-button crux-listen-skip"
      aria-label={label}
      title={label}
      disabled={props.disabled}
      onClick={() => props.onSkip(props.direction)}
    >
      <Icon path={props.direction === 1 ? NEXT : PREVIOUS} />
    </button>
  );
}

function Icon({ path }: { path: string }) {
  return (
    <svg class="crux-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={path} fill="currentColor" />
    </svg>
  );
}

/** The browser's voices, as it lists them now and whenever the list changes (it often fills in late). */
function useVoices(): SpeechSynthesisVoice[] {
  const synthesis = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synthesis?.getVoices() ?? []);
  useEffect(() => {
    if (!synthesis) return undefined;
    const onChange = (): void => setVoices(synthesis.getVoices());
    synthesis.addEventListener('voiceschanged', onChange);
    return () => synthesis.removeEventListener('voiceschanged', onChange);
  }, [synthesis]);
  return voices;
}
