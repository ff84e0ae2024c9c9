import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { forgetReadingPositions } from '../reader-data/reading-positions';

/** "Forget reading positions": clears where the reader stopped in every article, and says it did. */
export function ForgetPositions({ id }: { id: string }) {
  const [forgotten, setForgotten] = useState(false);
  return (
    <div class="setting setting-action">
      <button
        id={id}
        type="button"
        class="setting-button"
        aria-describedby={`${id}-note`}
        onClick={() => {
          void forgetReadingPositions().then(() => setForgotten(true));
        }}
      >
        {t('forgetPositions')}
      </button>
      <p class="setting-note" id={`${id}-note`}>
        {t('forgetPositionsNote')}
      </p>
      <p class="setting-note" id={`${id}-status`} role="status">
        {forgotten ? t('positionsForgotten') : ''}
      </p>
    </div>
  );
}
