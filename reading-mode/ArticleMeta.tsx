import type { Article } from '../extraction/types';
import { t } from '../ui/i18n';

/** "By Jane Doe · 3 March 2025 · 4 min read": the facts a reader wants above an article. */
export function ArticleMeta({ article }: { article: Article }) {
  const date = formatDate(article.publishedTime, article.lang);
  const parts = [
    article.byline ? t('byline', article.byline) : null,
    date,
    t('minutesRead', article.readingMinutes),
  ].filter((part): part is string => part !== null);
  return <p class="crux-meta">{parts.join(' · ')}</p>;
}

/** A published time as a long local date, or null when the page gives no usable date. */
export function formatDate(value: string | null, lang: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return date.toLocaleDateString(lang ?? undefined, { dateStyle: 'long' });
  } catch {
    return date.toLocaleDateString(undefined, { dateStyle: 'long' });
  }
}
