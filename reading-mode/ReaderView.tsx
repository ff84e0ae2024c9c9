import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../extraction/types';
import { drawInParts, type Drawing } from './draw-in-parts';
import { readingProgress } from './progress';
import { hyphenationLanguage, resolveTheme, typographyVariables } from './reader-style';
import type { Font } from '../settings/reader-settings';
import { ArticleMeta } from './ArticleMeta';
import { CopyButton } from '../ui/CopyButton';
import { interfaceDirection, t } from '../ui/i18n';
import { loadPart } from './parts';
import { ImageViewer, type EnlargedImage } from './ImageViewer';
import { ReaderSettingsForm } from '../settings/ReaderSettingsForm';
import { askToOpenSettingsPage } from '../tab/settings-page';
import { ReadingProgress } from './ReadingProgress';
import { ListenControls } from './read-aloud/ListenControls';
import { LineFocus } from './line-focus/LineFocus';
import { ContinueReading } from './where-i-was/ContinueReading';
import { useWhereIWas } from './where-i-was/use-where-i-was';
import { ContentsPanel } from './contents/ContentsPanel';
import { Highlights, type HighlightsHandle } from './highlights/Highlights';
import { withoutFragment } from '../reader-data/article-key';
import { contentsHeadings } from './contents/headings';
import { usePrefersDark } from '../ui/use-prefers-dark';
import { useReaderSettings } from '../settings/use-reader-settings';

/** Articles this long are laid out near the screen only (see `.crux-long` in reader.css). */
export const LONG_ARTICLE_WORDS = 10_000;

/** Article parts that may be wider than the column: they scroll sideways, so the keyboard must reach them. */
const SCROLLABLE_BLOCKS = 'pre, table';

interface ReaderViewProps {
  article: Article;
  /** The sanitised article body, as nodes to move in (a long one in parts): the view never parses markup itself. */
  content: DocumentFragment;
  /** The page's address, for the Markdown copy's source link. */
  url: string;
  /** The CSS font stack of each typeface choice (`readerFonts`: names no page can claim). */
  fontStacks: Record<Font, string>;
  onClose: () => void;
  /** Told the typeface the reader's settings choose, whenever it changes. */
  onFont?: (font: Font) => void;
  /** Told how the article is being drawn: a long one goes in in parts. */
  onDrawing?: (drawing: Drawing) => void;
  /** Told how to show one of the reader's highlights (for the popup's list). */
  onHighlights?: (highlights: HighlightsHandle) => void;
}

/** The clean article, laid out for reading as the reader set it, with a way back to the page. */
export function ReaderView({
  article,
  content,
  url,
  fontStacks,
  onClose,
  onFont,
  onDrawing,
  onHighlights,
}: ReaderViewProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [settings, changeSettings] = useReaderSettings();
  const prefersDark = usePrefersDark(window);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [listenOpen, setListenOpen] = useState(false);
  const articleRef = useRef<HTMLElement>(null);
  const toolbarRef = useRef<HTMLElement>(null);
  const [progress, setProgress] = useState(() =>
    readingProgress({ scrollTop: 0, scrollHeight: 1, clientHeight: 0 }, article.readingMinutes),
  );
  const [enlarged, setEnlarged] = useState<EnlargedImage | null>(null);
  const coveredTop = (): number => toolbarRef.current?.offsetHeight ?? 0;
  const whereIWas = useWhereIWas({
    url,
    text: article.text,
    scroller: () => scrollerRef.current,
    body: () => bodyRef.current,
    coveredTop,
    finishDrawing: () => drawingRef.current?.finish(),
  });
  // Found before the article is drawn: a long one goes in in parts, and its headings keep their identity.
  const headings = useMemo(() => contentsHeadings(content, article.title ?? undefined), [content]);
  const about = useMemo(
    () => ({
      url: withoutFragment(url),
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
    }),
    [article, url],
  );

  const drawingRef = useRef<Drawing | null>(null);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return undefined;
    for (const image of content.querySelectorAll('img')) {
      image.tabIndex = 0;
      image.setAttribute('role', 'button');
      image.setAttribute('aria-label', image.alt ? t('enlargeNamedImage', image.alt) : t('enlargeImage'));
    }
    for (const block of content.querySelectorAll(SCROLLABLE_BLOCKS)) block.setAttribute('tabindex', '0');
    const drawing = drawInParts(body, content);
    drawingRef.current = drawing;
    onDrawing?.(drawing);
    // The progress bar measures the whole article: once the last part is in.
    void drawing.done.then(updateProgress);
    scrollerRef.current?.focus({ preventScroll: true });
    return () => drawing.cancel();
  }, [content]);

  const updateProgress = (): void => {
    const scroller = scrollerRef.current;
    if (scroller) setProgress(readingProgress(scroller, article.readingMinutes));
  };
  useLayoutEffect(updateProgress, [settings]);
  useLayoutEffect(() => onFont?.(settings.font), [settings.font]);

  const enlargeFrom = (target: EventTarget | null): boolean => {
    if (!(target instanceof HTMLImageElement)) return false;
    setEnlarged({ src: target.currentSrc || target.src, alt: target.alt });
    return true;
  };
  const onBodyKeyDown = (event: KeyboardEvent): void => {
    if ((event.key === 'Enter' || event.key === ' ') && enlargeFrom(event.target)) event.preventDefault();
  };

  const theme = resolveTheme(settings.theme, prefersDark);
  return (
    <div
      class="crux-scroller"
      ref={scrollerRef}
      tabIndex={-1}
      dir={interfaceDirection()}
      data-theme={theme}
      style={typographyVariables(settings, fontStacks)}
      onScroll={updateProgress}
    >
      <header class="crux-toolbar" ref={toolbarRef}>
        <div class="crux-toolbar-row">
          <span class="crux-brand">Crux</span>
          <ReadingProgress progress={progress} />
          <div class="crux-actions">
            <ContentsPanel
              headings={headings}
              dir={article.dir ?? 'auto'}
              lang={article.lang ?? undefined}
              scroller={() => scrollerRef.current}
              toolbar={() => toolbarRef.current}
              finishDrawing={() => drawingRef.current?.finish()}
            />
            <CopyButton
              className="crux-button"
              label={t('copyMarkdown')}
              description={t('copyArticleMarkdown')}
              text={async () => {
                drawingRef.current?.finish();
                const { articleMarkdown } = await loadPart('markdown');
                return articleMarkdown(article, url, bodyRef.current);
              }}
            />
            <button
              type="button"
              class="crux-button"
              data-testid="listen"
              aria-expanded={listenOpen}
              aria-controls="crux-listen"
              onClick={() => setListenOpen(!listenOpen)}
            >
              {t('listen')}
            </button>
            <button
              type="button"
              class="crux-button"
              aria-expanded={settingsOpen}
              aria-controls="crux-settings"
              onClick={() => setSettingsOpen(!settingsOpen)}
            >
              {t('readingSettings')}
            </button>
            <button
              type="button"
              class="crux-button crux-close"
              onClick={onClose}
              aria-label={t('closeReadingMode')}
            >
              {t('close')} <span aria-hidden="true">×</span>
            </button>
          </div>
        </div>
        <section
          id="crux-settings"
          class="crux-settings"
          hidden={!settingsOpen}
          aria-label={t('readingSettings')}
        >
          <ReaderSettingsForm
            settings={settings}
            onChange={changeSettings}
            idPrefix="crux-reader"
            onOpenHighlights={() => void askToOpenSettingsPage()}
          />
        </section>
        <ListenControls
          article={() => articleRef.current}
          scroller={() => scrollerRef.current}
          coveredTop={coveredTop}
          finishDrawing={() => drawingRef.current?.finish()}
          lang={article.lang ?? null}
          settings={settings}
          onChange={changeSettings}
          open={listenOpen}
          onOpenChange={setListenOpen}
        />
      </header>
      <ContinueReading whereIWas={whereIWas} />
      <main class="crux-main">
        <article
          class="crux-article"
          ref={articleRef}
          lang={hyphenationLanguage(article.lang) ?? undefined}
          dir={article.dir ?? 'auto'}
        >
          {article.siteName && <p class="crux-site">{article.siteName}</p>}
          {article.title && <h1 class="crux-title">{article.title}</h1>}
          <ArticleMeta article={article} />
          <Highlights
            about={about}
            body={() => bodyRef.current}
            scroller={() => scrollerRef.current}
            coveredTop={coveredTop}
            finishDrawing={() => drawingRef.current?.finish()}
            onReady={onHighlights}
          />
          <div
            class={article.wordCount >= LONG_ARTICLE_WORDS ? 'crux-body crux-long' : 'crux-body'}
            ref={bodyRef}
            onClick={(event) => enlargeFrom(event.target)}
            onKeyDown={onBodyKeyDown}
          />
        </article>
      </main>
      <LineFocus
        count={settings.lineFocus}
        scroller={() => scrollerRef.current}
        article={() => articleRef.current}
        coveredTop={coveredTop}
      />
      {enlarged && <ImageViewer image={enlarged} onClose={() => setEnlarged(null)} />}
    </div>
  );
}
