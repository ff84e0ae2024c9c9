import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Article } from '../extraction/types';
import { ArticleMeta } from './ArticleMeta';

interface ReaderViewProps {
  article: Article;
  /** The sanitised article body, as nodes to move in: the view never parses markup itself. */
  content: DocumentFragment;
  onClose: () => void;
}

/** The clean article, laid out for reading, with a way back to the page. */
export function ReaderView({ article, content, onClose }: ReaderViewProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    body.replaceChildren(content);
    scrollerRef.current?.focus({ preventScroll: true });
  }, [content]);

  return (
    <div
      class="crux-scroller"
      ref={scrollerRef}
      tabIndex={-1}
      role="dialog"
      aria-modal="true"
      aria-label={article.title ? `Reading mode: ${article.title}` : 'Reading mode'}
    >
      <header class="crux-toolbar">
        <span class="crux-brand">Crux</span>
        <button type="button" class="crux-close" onClick={onClose} aria-label="Close reading mode">
          Close <span aria-hidden="true">×</span>
        </button>
      </header>
      <main class="crux-main">
        <article class="crux-article" lang={article.lang ?? undefined} dir={article.dir ?? 'auto'}>
          {article.siteName && <p class="crux-site">{article.siteName}</p>}
          {article.title && <h1 class="crux-title">{article.title}</h1>}
          <ArticleMeta article={article} />
          <div class="crux-body" ref={bodyRef} />
        </article>
      </main>
    </div>
  );
}
