import { useEffect, useState } from 'preact/hooks';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Whether the system asks for dark colours, following changes as they happen. */
export function usePrefersDark(window: Window): boolean {
  const [dark, setDark] = useState(() => window.matchMedia?.(DARK_QUERY).matches ?? false);
  useEffect(() => {
    const query = window.matchMedia?.(DARK_QUERY);
    if (!query) return undefined;
    const onChange = (): void => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [window]);
  return dark;
}
