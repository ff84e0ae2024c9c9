import { t } from '../../ui/i18n';
import type { WhereIWas } from './use-where-i-was';

/** The offer to continue where an earlier reading of the article stopped: a row under the toolbar. */
export function ContinueReading({ whereIWas }: { whereIWas: WhereIWas }) {
  if (!whereIWas.offered) return null;
  return (
    <div class="crux-continue" data-testid="continue-reading">
      <button type="button" class="crux-button crux-button-primary" onClick={whereIWas.continueReading}>
        {t('continueReading')}
      </button>
      <button type="button" class="crux-button" onClick={whereIWas.dismiss}>
        {t('dismissContinue')}
      </button>
    </div>
  );
}
