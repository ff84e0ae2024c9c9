import { t } from '../ui/i18n';

interface ReaderToggleProps {
  on: boolean;
  onChange: (on: boolean) => void;
}

/** Switches reading mode on the page on and off. */
export function ReaderToggle({ on, onChange }: ReaderToggleProps) {
  return (
    <button
      type="button"
      class="reader-toggle"
      data-testid="reader-toggle"
      role="switch"
      aria-checked={on}
      onClick={() => onChange(!on)}
    >
      <span class="toggle-track" aria-hidden="true">
        <span class="toggle-thumb" />
      </span>
      {t('readingMode')}
    </button>
  );
}
