import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_READER_SETTINGS,
  readerSettings,
  validSettings,
  type ReaderSettings,
} from './reader-settings';

/** Writes of settings in this page, in order. */
let pendingWrites: Promise<void> = Promise.resolve();

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
    setSettings((current) => ({ ...current, ...change }));
    // Each change is applied to what storage holds, one after another: quick changes, or an echo of an
    // earlier write arriving in between, must never undo one another.
    pendingWrites = pendingWrites
      .then(async () => {
        const stored = validSettings(await readerSettings.getValue());
        await readerSettings.setValue({ ...stored, ...change });
      })
      .catch(() => undefined);
  };
  return [settings, update];
}
