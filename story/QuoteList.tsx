import type { Quote } from '../analysis/types';
import { withoutBidiControls } from '../analysis/bidi-controls';
import { quoteWithAttribution } from '../ui/copy-text';
import { CopyButton } from '../ui/CopyButton';
import { t } from '../ui/i18n';
import { PagedList } from './PagedList';

/**
 * How many quotes show before "Show all": the key ones, which fit the popup without scrolling far.
 * Reading mode marks these in the article, and only these.
 */
export const KEY_QUOTE_COUNT = 5;

/** The story's key quotes: the first few, most important first, as the popup shows them and reading mode marks them. */
export function keyQuotes(quotes: readonly Quote[]): Quote[] {
  return quotes.slice(0, KEY_QUOTE_COUNT);
}

interface QuoteListProps {
  quotes: Quote[];
  /** Scrolls reading mode to the quote and marks it there. */
  onJump: (quote: Quote) => void;
}

/** The key quotes, each with who said it; a click shows it in the article. The rest come on request. */
export function QuoteList({ quotes, onJump }: QuoteListProps) {
  if (quotes.length === 0) return null;
  return (
    <section class="card" data-testid="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{t('keyQuotes')}</h2>
      <PagedList
        items={quotes}
        first={KEY_QUOTE_COUNT}
        listClass="quotes"
        headingId="quotes-heading"
        renderItem={(quote, index) => (
          <li key={index} class="quote">
            <button
              type="button"
              class="quote-jump"
              onClick={() => onJump(quote)}
              title={t('showQuoteInArticle')}
            >
              <blockquote class="quote-text" dir="auto">
                “{withoutBidiControls(quote.text)}”
              </blockquote>
            </button>
            <div class="quote-footer">
              <p class="quote-speaker">
                — {quote.speaker ? <bdi>{withoutBidiControls(quote.speaker)}</bdi> : t('unattributed')}
                {quote.role && (
                  <span class="quote-role">
                    , <bdi>{withoutBidiControls(quote.role)}</bdi>
                  </span>
                )}
              </p>
              <CopyButton
                label={t('copy')}
                description={t('copyQuote')}
                text={() => quoteWithAttribution(quote)}
              />
            </div>
          </li>
        )}
      />
    </section>
  );
}
