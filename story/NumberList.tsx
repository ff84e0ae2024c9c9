import type { KeyNumber } from '../analysis/types';
import { withoutBidiControls } from '../analysis/bidi-controls';
import { t } from '../ui/i18n';

/** The amounts, counts and shares that carry the story, each in the article's words with the figure marked. */
export function NumberList({ numbers }: { numbers: KeyNumber[] }) {
  if (numbers.length === 0) return null;
  return (
    <section class="card" data-testid="numbers" aria-labelledby="numbers-heading">
      <h2 id="numbers-heading">{t('keyNumbers')}</h2>
      <ul class="numbers">
        {numbers.map((number, index) => (
          <li key={index} dir="auto">
            {withoutBidiControls(number.statement.slice(0, number.at))}
            <strong class="number-value">{withoutBidiControls(number.value)}</strong>
            {withoutBidiControls(number.statement.slice(number.at + number.value.length))}
          </li>
        ))}
      </ul>
    </section>
  );
}
