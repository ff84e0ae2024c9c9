import { useState } from 'preact/hooks';
import { writeClipboard } from './clipboard';
import { t } from './i18n';

/** How long "Copied" shows before the button reads as before. */
const CONFIRMATION_MS = 1500;

interface CopyButtonProps {
  label: string;
  /** What the button copies; computed on click, so it is always current. */
  text: () => string | Promise<string>;
  /** Names the button for screen readers when its label alone is ambiguous. */
  description?: string;
  /** The button's class, for the stylesheet of the view it sits in. */
  className?: string;
  /** Names the button for the end-to-end tests. */
  testId?: string;
}

/** Copies text to the clipboard, and says so. */
export function CopyButton({
  label,
  text,
  description,
  className = 'small-button',
  testId,
}: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async (event: MouseEvent): Promise<void> => {
    const anchor = event.currentTarget;
    if (!(anchor instanceof Element)) return;
    try {
      await writeClipboard(await text(), anchor);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), CONFIRMATION_MS);
  };
  return (
    <button
      type="button"
      class={className}
      aria-label={description}
      onClick={copy}
      data-copy-state={state}
      data-testid={testId}
    >
      {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : label}
    </button>
  );
}
