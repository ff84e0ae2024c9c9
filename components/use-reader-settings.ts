import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_READER_SETTINGS,
  readerSettings,
  validSettings,
  type ReaderSettings,
} from '../reader/settings';

/** The reader's settings, kept current as they change anywhere (popup, reading mode, another window). */
export function useReaderSettings(): [ReaderSettings, (change: Partial<ReaderSettings>) => void] {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_READER_SETTINGS);
  useEffect(() => {
    let live = true;
    void readerSettings.getValue().then((stored) => {
      if (live) setSettings(validSettings(stored));
    });
    const unwatch = readerSettings.watch((stored) => setSettings(validSettings(stored)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const update = (change: Partial<ReaderSettings>): void => {
    const next = { ...settings, ...change };
    setSettings(next);
    void readerSettings.setValue(next);
  };
  return [settings, update];
}
