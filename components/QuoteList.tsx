import { useState } from 'preact/hooks';
import type { Quote } from '../analysis/types';

/** How many quotes show before "Show all": the key ones fit the popup without scrolling far. */
export const KEY_QUOTE_COUNT = 5;

/** The key quotes, each with who said it. */
export function QuoteList({ quotes }: { quotes: Quote[] }) {
  const [showAll, setShowAll] = useState(false);
  if (quotes.length === 0) return null;
  const shown = showAll ? quotes : quotes.slice(0, KEY_QUOTE_COUNT);
  return (
    <section class="card" data-testid="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">Key quotes</h2>
      <ul class="quotes">
        {shown.map((quote, index) => (
          <li key={index} class="quote">
            <blockquote class="quote-text">“{quote.text}”</blockquote>
            <p class="quote-speaker">
              {quote.speaker ? `— ${quote.speaker}` : '— unattributed'}
              {quote.role && <span class="quote-role">, {quote.role}</span>}
            </p>
          </li>
        ))}
      </ul>
      {quotes.length > KEY_QUOTE_COUNT && (
        <button type="button" class="link-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${quotes.length} quotes`}
        </button>
      )}
    </section>
  );
}
