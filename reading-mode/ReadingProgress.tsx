import type { ReadingProgress as Progress } from './progress';
import { t } from '../ui/i18n';

/** A thin bar of how much is read, and the minutes left at the article's pace. */
export function ReadingProgress({ progress }: { progress: Progress }) {
  const percent = Math.round(progress.fraction * 100);
  return (
    <>
      <span class="crux-time" data-testid="minutes-left">
        {progress.minutesLeft > 0 ? t('minutesLeft', progress.minutesLeft) : t('finished')}
      </span>
      <div
        class="crux-progress"
        role="progressbar"
        aria-label={t('readingProgress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div class="crux-progress-bar" style={{ width: `${percent}%` }} />
      </div>
    </>
  );
}
