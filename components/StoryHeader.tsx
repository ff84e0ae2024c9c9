import type { ArticleFacts } from '../extraction/types';
import { t } from './i18n';

/** The article the story is about: site, title and how long it takes to read. */
export function StoryHeader({ article }: { article: ArticleFacts }) {
  const facts = [
    article.siteName,
    t('minutesRead', article.readingMinutes),
    t('words', article.wordCount.toLocaleString()),
  ]
    .filter((fact): fact is string => Boolean(fact))
    .join(' · ');
  return (
    <header class="story-header">
      {article.title && <p class="story-title">{article.title}</p>}
      <p class="story-facts">{facts}</p>
    </header>
  );
}
