import type { ArticleFacts } from '../extraction/types';
import { withoutBidiControls } from '../analysis/bidi-controls';
import { t } from '../ui/i18n';

/** The article the story is about: site, title and how long it takes to read. */
export function StoryHeader({ article }: { article: ArticleFacts }) {
  const title = withoutBidiControls(article.title ?? '');
  const site = withoutBidiControls(article.siteName ?? '');
  const facts = [t('minutesRead', article.readingMinutes), t('words', article.wordCount.toLocaleString())];
  return (
    <header class="story-header">
      {title && (
        <p class="story-title" dir="auto">
          {title}
        </p>
      )}
      <p class="story-facts">
        {site && (
          <>
            <bdi>{site}</bdi> ·{' '}
          </>
        )}
        {facts.join(' · ')}
      </p>
    </header>
  );
}
