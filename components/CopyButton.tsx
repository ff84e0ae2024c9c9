import { useState } from 'preact/hooks';

/** How long "Copied" shows before the button reads as before. */
const CONFIRMATION_MS = 1500;

interface CopyButtonProps {
  label: string;
  /** What the button copies; computed on click, so it is always current. */
  text: () => string;
  /** Names the button for screen readers when its label alone is ambiguous. */
  description?: string;
}

/** Copies text to the clipboard, and says so. */
export function CopyButton({ label, text, description }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text());
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), CONFIRMATION_MS);
  };
  return (
    <button
      type="button"
      class="small-button"
      aria-label={description}
      onClick={copy}
      data-copy-state={state}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
    </button>
  );
}
