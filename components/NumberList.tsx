import type { KeyNumber } from '../analysis/types';
import { withoutBidiControls } from './bidi';
import { t } from './i18n';

/** The amounts, counts and percentages that carry the story, with what each counts. */
export function NumberList({ numbers }: { numbers: KeyNumber[] }) {
  if (numbers.length === 0) return null;
  return (
    <section class="card" data-testid="numbers" aria-labelledby="numbers-heading">
      <h2 id="numbers-heading">{t('keyNumbers')}</h2>
      <ul class="numbers">
        {numbers.map((number) => (
          <li key={`${number.value} ${number.context}`} dir="auto">
            <strong class="number-value">{withoutBidiControls(number.value)}</strong>{' '}
            <span class="number-context">{withoutBidiControls(number.context)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
