import type { Quote } from '../analysis/types';
import { withoutBidiControls } from '../analysis/bidi-controls';
import type { HighlightColor } from '../reader-data/highlights';
import {
  articleHighlightsMarkdown,
  inReadingOrder,
  type SpokenQuote,
} from '../reader-data/highlights-markdown';
import { CopyButton } from '../ui/CopyButton';
import { t, type MessageName } from '../ui/i18n';
import { datedFileName, saveTextFile } from '../ui/save-file';
import { useArticleHighlights } from './use-article-highlights';

/** Each colour's name, which screen readers say in place of the swatch. */
const COLOR_NAMES: Record<HighlightColor, MessageName> = {
  yellow: 'highlightYellow',
  green: 'highlightGreen',
  blue: 'highlightBlue',
  pink: 'highlightPink',
};

/** The saved file's name starts with this, then the day, as the settings page's exports do. */
const FILE_STEM = 'crux-highlights';

interface HighlightListProps {
  /** The article's address: whose highlights to list. */
  url: string;
  /** The story's quotes: a highlight of one of them is credited to its speaker in the Markdown. */
  quotes: readonly Quote[];
  /** Shows the highlight in reading mode. */
  onShow: (id: string) => void;
}

/** The quotes that have a speaker, as the Markdown export credits them. */
function spokenQuotes(quotes: readonly Quote[]): SpokenQuote[] {
  return quotes.flatMap(({ text, speaker }) => (speaker ? [{ text, speaker }] : []));
}

/**
 * The reader's highlights in this article, in reading order, each with its colour and note; a click
 * shows one in the article. They can be copied or saved as Markdown.
 */
export function HighlightList({ url, quotes, onShow }: HighlightListProps) {
  const record = useArticleHighlights(url);
  if (!record || record.highlights.length === 0) return null;
  const highlights = inReadingOrder(record.highlights);
  const markdown = (): string => articleHighlightsMarkdown(record, spokenQuotes(quotes));
  return (
    <section class="card" data-testid="highlights-card" aria-labelledby="highlights-heading">
      <h2 id="highlights-heading">{t('yourHighlights')}</h2>
      <ul class="highlights">
        {highlights.map((highlight) => (
          <li key={highlight.id}>
            <button
              type="button"
              class="highlight-item"
              data-testid="highlight-item"
              data-highlight-id={highlight.id}
              title={t('showHighlightInArticle')}
              onClick={() => onShow(highlight.id)}
            >
              <span class={`highlight-swatch highlight-${highlight.color}`} aria-hidden="true" />
              <span class="visually-hidden">{t(COLOR_NAMES[highlight.color])}: </span>
              <span class="highlight-text" dir="auto">
                {withoutBidiControls(highlight.quote.exact)}
              </span>
              {highlight.note && (
                <span class="highlight-note" dir="auto">
                  {withoutBidiControls(highlight.note)}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      <div class="card-actions">
        <CopyButton label={t('copyHighlightsMarkdown')} text={markdown} testId="copy-highlights" />
        <button
          type="button"
          class="small-button"
          data-testid="save-highlights"
          onClick={() => saveTextFile(markdown(), datedFileName(FILE_STEM, 'md'), 'text/markdown', document)}
        >
          {t('saveHighlightsMarkdown')}
        </button>
      </div>
    </section>
  );
}
