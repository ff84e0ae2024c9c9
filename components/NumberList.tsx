import type { KeyNumber } from '../analysis/types';
import { withoutBidiControls } from '../analysis/bidi-controls';
import { t } from './i18n';
import { PagedList } from './PagedList';

/** How many numbers show before "Show all": as many as the analysis keeps for a story (`MAX_NUMBERS`). */
export const NUMBERS_SHOWN_FIRST = 8;

/** The amounts, counts and percentages that carry the story, with what each counts. The rest come on request. */
export function NumberList({ numbers }: { numbers: KeyNumber[] }) {
  if (numbers.length === 0) return null;
  return (
    <section class="card" data-testid="numbers" aria-labelledby="numbers-heading">
      <h2 id="numbers-heading">{t('keyNumbers')}</h2>
      <PagedList
        items={numbers}
        first={NUMBERS_SHOWN_FIRST}
        listClass="numbers"
        headingId="numbers-heading"
        renderItem={(number, index) => (
          <li key={index} dir="auto">
            <strong class="number-value">{withoutBidiControls(number.value)}</strong>{' '}
            <span class="number-context">{withoutBidiControls(number.context)}</span>
          </li>
        )}
      />
    </section>
  );
}
