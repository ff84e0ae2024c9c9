import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  HIGHLIGHT_COLORS,
  MAX_NOTE_CHARACTERS,
  WARN_AT_SHARE,
  allHighlights,
  articleHighlights,
  changeArticleHighlights,
  libraryUse,
  newHighlightId,
  watchHighlights,
  type ArticleAbout,
  type Highlight,
  type HighlightColor,
  type HighlightsChange,
} from '../../reader-data/highlights';
import { addressKey } from '../../reader-data/article-key';
import { writeClipboard } from '../../ui/clipboard';
import { t, type MessageName } from '../../ui/i18n';
import { inPrivateWindow } from '../private-window';
import { scrollUnderToolbar } from '../scroll-under-toolbar';
import type { TextSpan } from './anchor';
import { articleText, type ArticleText } from './article-text';
import { HIGHLIGHT_CLASS, drawHighlights, firstMarkOf } from './marks';
import { passageWithAttribution, withHighlight } from './passage';
import { selectedSpan, selectionIn } from './selection';

/** The key that highlights the selected words in the first colour: "h", as in most reading apps. */
export const HIGHLIGHT_KEY = 'h';

const COLOR_NAMES: Record<HighlightColor, MessageName> = {
  yellow: 'highlightInYellow',
  green: 'highlightInGreen',
  blue: 'highlightInBlue',
  pink: 'highlightInPink',
};

/** What the small toolbar is about: the words selected, or a highlight already kept. */
type Subject = { kind: 'selection'; span: TextSpan; passage: string } | { kind: 'highlight'; id: string };

/** The words the toolbar is about, in the viewport: it stands just above them, or below with no room. */
interface Place {
  top: number;
  bottom: number;
  left: number;
}

/** The highlights' way to be shown from outside (the popup's list): scrolls to one, says whether it was there. */
export interface HighlightsHandle {
  show: (id: string) => Promise<boolean>;
}

interface HighlightsProps {
  about: ArticleAbout;
  body: () => HTMLElement | null;
  scroller: () => HTMLElement | null;
  coveredTop: () => number;
  /** Puts the whole article in: highlights may be anywhere in it. */
  finishDrawing: () => void;
  /** Told how to show a highlight, once they are drawn. */
  onReady?: (handle: HighlightsHandle) => void;
  /** The window is private, where nothing is kept (default: as the browser says). */
  privateWindow?: boolean;
}

/** The viewport box of the first line of `range`'s words (a selection's range may be static: no boxes of its own). */
function firstLineOf(document: Document, range: StaticRange | Range): DOMRect {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.getClientRects()[0] ?? live.getBoundingClientRect();
}

/** A promise and the function that resolves it (`Promise.withResolvers`, which Firefox 140 lacks in content scripts' worlds). */
function withResolvers(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** A control of reading mode's own, where keys are the control's: not the article's text. */
function inControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, select, textarea, button, a, summary') !== null;
}

/** How long a message about highlights shows: long enough to read twice. */
const MESSAGE_MS = 6000;

/** The toolbar's gap from its words and from the window's edges, in CSS pixels. */
const TOOLBAR_GAP = 8;

/**
 * The reader's highlights and notes in reading mode: drawn as marks where their words are, a small
 * toolbar over a selection or a highlight, and the list of those that could not be found. What is kept
 * lives in `reader-data/highlights.ts`; the page's own markup is never touched.
 */
export function Highlights({
  about,
  body,
  scroller,
  coveredTop,
  finishDrawing,
  onReady,
  privateWindow = inPrivateWindow(),
}: HighlightsProps) {
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [lost, setLost] = useState<Highlight[]>([]);
  const [subject, setSubject] = useState<Subject | null>(null);
  const [place, setPlace] = useState<Place | null>(null);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<MessageName | null>(null);
  /** The kept highlights have been read (or there are none to read, in a private window). */
  const [loaded, setLoaded] = useState(privateWindow);
  const drawn = useRef(withResolvers());
  const toolbarRef = useRef<HTMLDivElement>(null);
  /** Set when the toolbar just opened on the reader's keyboard action: its first control takes the focus. */
  const pendingFocus = useRef(false);
  /** What the toolbar is about now, for the listeners set up once. */
  const latest = useRef(subject);
  latest.current = subject;

  // What is kept for this article, and whatever another surface changes of it (an import, a deletion).
  useEffect(() => {
    if (privateWindow) return undefined;
    const key = addressKey(about.url);
    let live = true;
    void articleHighlights(about.url).then((kept) => {
      if (!live) return;
      setHighlights(kept?.highlights ?? []);
      setLoaded(true);
    });
    const stop = watchHighlights((library) => setHighlights(library[key]?.highlights ?? []));
    return () => {
      live = false;
      stop();
    };
  }, [about.url]);

  useLayoutEffect(() => {
    const article = body();
    if (!article) return;
    if (highlights.length > 0) finishDrawing();
    setLost(drawHighlights(article, highlights).lost);
    if (loaded) drawn.current.resolve();
  }, [highlights, loaded]);

  /** Scrolls to the highlight `id` and puts the focus on it, once drawn; false when it is not in the article. */
  const show = async (id: string): Promise<boolean> => {
    await drawn.current.promise;
    const view = scroller();
    const article = body();
    const mark = article ? firstMarkOf(article, id) : null;
    if (!view || !mark) return false;
    scrollUnderToolbar(view, mark, coveredTop);
    mark.tabIndex = -1;
    mark.focus({ preventScroll: true });
    return true;
  };
  useEffect(() => onReady?.({ show }), []);

  const close = (): void => {
    setSubject(null);
    setEditing(false);
  };

  /** Puts the toolbar by `rect` (the first line of its words); it is drawn there after its size is known. */
  const placeOver = (rect: DOMRect): void =>
    setPlace({ top: rect.top, bottom: rect.bottom, left: rect.left });

  // Above its words, never over them, and wholly inside what the reading toolbar leaves of the window.
  useLayoutEffect(() => {
    const bar = toolbarRef.current;
    const view = scroller();
    if (!bar || !place || !view) return;
    const area = view.getBoundingClientRect();
    const shownTop = area.top + coveredTop();
    const above = place.top - bar.offsetHeight - TOOLBAR_GAP;
    const top = above >= shownTop ? above : place.bottom + TOOLBAR_GAP;
    const right = area.left + view.clientWidth - TOOLBAR_GAP;
    const left = Math.max(area.left + TOOLBAR_GAP, Math.min(place.left, right - bar.offsetWidth));
    bar.style.top = `${top}px`;
    bar.style.left = `${left}px`;
  });

  // The toolbar follows the reader's selection in the article, and a click or Enter on a highlight.
  useEffect(() => {
    const article = body();
    const root = article?.getRootNode();
    if (!article || !(root instanceof ShadowRoot)) return undefined;
    const document = article.ownerDocument;
    let frame = 0;
    // The article's text, read once and again only after the article changes (a part drawn, marks
    // redrawn): a selection being dragged asks for it every frame, and reading it is linear in the article.
    let text: ArticleText | null = null;
    const currentText = (): ArticleText => (text ??= articleText(article));
    const changes = new MutationObserver(() => {
      text = null;
    });
    changes.observe(article, { childList: true, subtree: true, characterData: true });
    const onSelectionChange = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const range = selectionIn(root);
        const words = currentText();
        const span = selectedSpan(words, range);
        if (span && range) {
          placeOver(firstLineOf(document, range));
          setEditing(false);
          setMessage(null);
          setSubject({ kind: 'selection', span, passage: words.text.slice(span.start, span.end) });
        } else if (
          latest.current?.kind === 'selection' &&
          !toolbarRef.current?.contains(root.activeElement)
        ) {
          setSubject(null);
        }
      });
    };
    const openOn = (target: EventTarget | null): boolean => {
      const mark = target instanceof Element ? target.closest<HTMLElement>(`mark.${HIGHLIGHT_CLASS}`) : null;
      const id = mark?.dataset.highlightId;
      if (!mark || !id) return false;
      placeOver(mark.getBoundingClientRect());
      setEditing(false);
      setMessage(null);
      setSubject({ kind: 'highlight', id });
      return true;
    };
    const onClick = (event: MouseEvent): void => {
      const range = selectionIn(root);
      if (range && !range.collapsed) return;
      if (!openOn(event.target)) setSubject(null);
    };
    // The toolbar stays by its words as the article scrolls under it.
    const onScroll = (): void => {
      const open = latest.current;
      if (!open) return;
      const range = selectionIn(root);
      const mark = open.kind === 'highlight' ? firstMarkOf(article, open.id) : null;
      if (mark) placeOver(mark.getBoundingClientRect());
      else if (range && !range.collapsed) placeOver(firstLineOf(document, range));
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.altKey || event.metaKey || inControl(event.target)) return;
      if (event.key === 'Enter' && openOn(event.target)) {
        event.preventDefault();
        return;
      }
      if (event.key.toLowerCase() !== HIGHLIGHT_KEY || privateWindow) return;
      const span = selectedSpan(currentText(), selectionIn(root));
      if (!span) return;
      event.preventDefault();
      void keep(span, 'yellow', '', { openAfter: true });
    };
    document.addEventListener('selectionchange', onSelectionChange);
    article.addEventListener('click', onClick);
    const view = scroller();
    view?.addEventListener('keydown', onKeyDown);
    view?.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      changes.disconnect();
      document.removeEventListener('selectionchange', onSelectionChange);
      article.removeEventListener('click', onClick);
      view?.removeEventListener('keydown', onKeyDown);
      view?.removeEventListener('scroll', onScroll);
    };
  }, []);

  /** Writes a change to this article's highlights, and says so when the store is full or nearly. */
  const change = async (edit: (kept: Highlight[]) => Highlight[]): Promise<HighlightsChange> => {
    const result = await changeArticleHighlights(about, edit);
    if (!result.ok) setMessage('highlightsFull');
    else if (libraryUse(await allHighlights()).share >= WARN_AT_SHARE) setMessage('highlightsAlmostFull');
    return result;
  };

  /** Keeps the words of `span` as a new highlight; with `openAfter`, the toolbar opens on it, focused. */
  const keep = async (
    span: TextSpan,
    color: HighlightColor,
    note: string,
    { openAfter = false } = {},
  ): Promise<void> => {
    const article = body();
    if (!article) return;
    const text = articleText(article).text;
    const id = newHighlightId();
    const result = await change((kept) =>
      withHighlight(kept, text, { id, span, color, note, at: Date.now() }),
    );
    if (!result.ok) return;
    article.ownerDocument.getSelection()?.removeAllRanges();
    if (openAfter) {
      setSubject({ kind: 'highlight', id });
      setEditing(false);
      pendingFocus.current = true;
    } else close();
  };

  // A message is for the moment: it goes after a few seconds.
  useEffect(() => {
    if (!message) return undefined;
    const timer = setTimeout(() => setMessage(null), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message]);

  useLayoutEffect(() => {
    if (!pendingFocus.current || !subject) return;
    // A new highlight's toolbar is drawn once the store tells of it, which may be a render later.
    const first = toolbarRef.current?.querySelector<HTMLElement>('textarea, button');
    if (!first) return;
    pendingFocus.current = false;
    first.focus({ preventScroll: true });
    if (subject.kind === 'highlight') {
      const article = body();
      const mark = article ? firstMarkOf(article, subject.id) : null;
      if (mark) placeOver(mark.getBoundingClientRect());
    }
  });

  const current =
    subject?.kind === 'highlight' ? highlights.find((kept) => kept.id === subject.id) : undefined;
  const passage = subject?.kind === 'selection' ? subject.passage : current ? current.quote.exact : '';

  const recolor = (color: HighlightColor): void => {
    if (subject?.kind === 'selection') void keep(subject.span, color, '');
    else if (current)
      void change((kept) => kept.map((one) => (one.id === current.id ? { ...one, color } : one)));
  };
  const saveNote = (note: string): void => {
    if (subject?.kind === 'selection') void keep(subject.span, 'yellow', note);
    else if (current) {
      void change((kept) => kept.map((one) => (one.id === current.id ? { ...one, note } : one)));
      close();
    }
  };
  const remove = (id: string): void => {
    void change((kept) => kept.filter((one) => one.id !== id));
    close();
  };

  const onToolbarKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // The reading mode dialog closes on Esc: here it only closes the toolbar.
    event.preventDefault();
    event.stopPropagation();
    const article = body();
    const mark = subject?.kind === 'highlight' && article ? firstMarkOf(article, subject.id) : null;
    close();
    if (mark) {
      mark.tabIndex = -1;
      mark.focus({ preventScroll: true });
    } else scroller()?.focus({ preventScroll: true });
  };

  return (
    <>
      {lost.length > 0 && (
        <details class="crux-lost" data-testid="highlights-lost">
          <summary>{t('highlightsLost', String(lost.length))}</summary>
          <p class="crux-lost-note">{t('highlightsLostNote')}</p>
          <ul>
            {lost.map((highlight) => (
              <li key={highlight.id} data-highlight-id={highlight.id} data-color={highlight.color}>
                <blockquote>{highlight.quote.exact}</blockquote>
                {highlight.note && <p class="crux-lost-note-text">{highlight.note}</p>}
                <button type="button" class="crux-button" onClick={() => remove(highlight.id)}>
                  {t('removeHighlight')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {message && (
        <p class="crux-highlights-message" role="status" data-testid="highlights-message">
          {t(message)}
        </p>
      )}
      {subject && place && (subject.kind === 'selection' || current) && (
        <div
          class="crux-highlight-toolbar"
          role="toolbar"
          aria-label={t('highlightToolbar')}
          data-testid="highlight-toolbar"
          data-subject={subject.kind}
          ref={toolbarRef}
          onKeyDown={onToolbarKeyDown}
          // A press on the toolbar must not take the reader's selection away before the click lands.
          onMouseDown={(event) => {
            if (!(event.target instanceof HTMLTextAreaElement)) event.preventDefault();
          }}
        >
          {editing ? (
            <NoteEditor
              note={current?.note ?? ''}
              onSave={saveNote}
              onCancel={() => (subject.kind === 'selection' ? close() : setEditing(false))}
            />
          ) : (
            <>
              {!privateWindow &&
                HIGHLIGHT_COLORS.map((color) => (
                  <button
                    key={color}
                    type="button"
                    class="crux-swatch"
                    data-color={color}
                    aria-label={t(COLOR_NAMES[color])}
                    title={t(COLOR_NAMES[color])}
                    aria-pressed={subject.kind === 'highlight' ? current?.color === color : undefined}
                    onClick={() => recolor(color)}
                  />
                ))}
              {!privateWindow && (
                <button
                  type="button"
                  class="crux-button"
                  data-testid="highlight-note"
                  onClick={() => {
                    setEditing(true);
                    pendingFocus.current = true;
                  }}
                >
                  {current?.note ? t('editNote') : t('addNote')}
                </button>
              )}
              <button
                type="button"
                class="crux-button"
                data-testid="highlight-copy"
                onClick={(event) => {
                  const anchor = event.currentTarget;
                  void writeClipboard(passageWithAttribution(passage, about), anchor).then(
                    () => setMessage('passageCopied'),
                    () => setMessage('copyFailed'),
                  );
                }}
              >
                {t('copyWithAttribution')}
              </button>
              {current && (
                <button
                  type="button"
                  class="crux-button"
                  data-testid="highlight-remove"
                  onClick={() => remove(current.id)}
                >
                  {t('removeHighlight')}
                </button>
              )}
              {privateWindow && <span class="crux-highlight-private">{t('highlightsNotInPrivate')}</span>}
            </>
          )}
        </div>
      )}
    </>
  );
}

interface NoteEditorProps {
  note: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}

/** The note of a highlight, written in the toolbar: Save (or Ctrl+Enter) keeps it. */
function NoteEditor({ note, onSave, onCancel }: NoteEditorProps) {
  const [text, setText] = useState(note);
  return (
    <div class="crux-note-editor">
      <textarea
        aria-label={t('noteLabel')}
        data-testid="highlight-note-text"
        rows={3}
        maxLength={MAX_NOTE_CHARACTERS}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Letters typed here are the note's, not reading mode's keys ("h" highlights, "n" listens).
          if (event.key !== 'Escape') event.stopPropagation();
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            onSave(text.trim());
          }
        }}
      />
      <div class="crux-note-actions">
        <button
          type="button"
          class="crux-button"
          data-testid="highlight-note-save"
          onClick={() => onSave(text.trim())}
        >
          {t('saveNote')}
        </button>
        <button type="button" class="crux-button" onClick={onCancel}>
          {t('cancelNote')}
        </button>
      </div>
    </div>
  );
}
