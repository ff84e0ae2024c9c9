import type { ComponentChildren } from 'preact';

interface StatusPanelProps {
  kind: 'working' | 'unavailable' | 'failed';
  message: string;
  children?: ComponentChildren;
}

/** A plain-words message in place of the story: progress, or why there is none. */
export function StatusPanel({ kind, message, children }: StatusPanelProps) {
  return (
    <div class={`status status-${kind}`} data-testid="status" role={kind === 'working' ? 'status' : 'alert'}>
      {kind === 'working' && <span class="spinner" aria-hidden="true" />}
      <p>{message}</p>
      {children}
    </div>
  );
}
