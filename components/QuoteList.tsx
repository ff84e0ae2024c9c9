import { useState } from 'preact/hooks';
import type { Quote } from '../analysis/types';
import { withoutBidiControls } from './bidi';
import { quoteWithAttribution } from './copy-text';
import { CopyButton } from './CopyButton';
import { t } from './i18n';

/** How many quotes show before "Show all": the key ones fit the popup without scrolling far. */
export const KEY_QUOTE_COUNT = 5;

interface QuoteListProps {
  quotes: Quote[];
  /** Scrolls reading mode to the quote and marks it there. */
  onJump: (quote: Quote) => void;
}

/** The key quotes, each with who said it; a click shows it in the article. */
export function QuoteList({ quotes, onJump }: QuoteListProps) {
  const [showAll, setShowAll] = useState(false);
  if (quotes.length === 0) return null;
  const shown = showAll ? quotes : quotes.slice(0, KEY_QUOTE_COUNT);
  return (
    <section class="card" data-testid="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{t('keyQuotes')}</h2>
      <ul class="quotes">
        {shown.map((quote, index) => (
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
        ))}
      </ul>
      {quotes.length > KEY_QUOTE_COUNT && (
        <button type="button" class="link-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('showFewer') : t('showAllQuotes', quotes.length)}
        </button>
      )}
    </section>
  );
}
