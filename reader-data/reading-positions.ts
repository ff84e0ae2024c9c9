import { storage } from 'wxt/utils/storage';

/**
 * Articles that keep a reading position at most: far more long reads than anyone leaves half-read,
 * in about 60 kB of the device's storage.
 */
export const MAX_READING_POSITIONS = 500;

/** Where the reader stopped in one article. Kept under a hash of its address, never the address. */
export interface ReadingPosition {
  /** A hash of the article's text: once the text changes, the old position is not offered. */
  text: string;
  /** The article's paragraph (block) the reader had reached, counted from 0 in reading order. */
  block: number;
  /** When it was kept, in ms since the epoch: beyond the bound the oldest go first. */
  at: number;
}

/** Reading positions by the hash of the article's address. */
export type ReadingPositions = Record<string, ReadingPosition>;

/** The reading positions: on this device only (`storage.local`), never synced. */
const readingPositions = storage.defineItem<ReadingPositions>('local:readingPositions', { fallback: {} });

/** Writes of positions in this page, in order, so quick ones never undo one another. */
let pendingWrites: Promise<void> = Promise.resolve();

/** The position kept for the article whose address hashes to `key`, if its text hashes to `text`. */
export async function keptPosition(key: string, text: string): Promise<number | null> {
  await pendingWrites;
  const kept = validPositions(await readingPositions.getValue())[key];
  return kept && kept.text === text ? kept.block : null;
}

/** Keeps `block` as where the reader is in the article under `key`; the oldest beyond the bound go. */
export function keepPosition(key: string, text: string, block: number, now = Date.now()): Promise<void> {
  pendingWrites = pendingWrites
    .then(async () => {
      const positions = validPositions(await readingPositions.getValue());
      await readingPositions.setValue(withPosition(positions, key, { text, block, at: now }));
    })
    .catch(() => undefined);
  return pendingWrites;
}

/** Forgets every reading position (the settings' "Forget reading positions"). */
export async function forgetReadingPositions(): Promise<void> {
  await pendingWrites;
  await readingPositions.removeValue();
}

/** `positions` with `position` kept under `key`, and only the `max` most recent kept. */
export function withPosition(
  positions: ReadingPositions,
  key: string,
  position: ReadingPosition,
  max = MAX_READING_POSITIONS,
): ReadingPositions {
  const entries = Object.entries({ ...positions, [key]: position });
  entries.sort(([, one], [, other]) => other.at - one.at);
  return Object.fromEntries(entries.slice(0, max));
}

/** The stored positions that are well formed; anything else (an older or tampered value) is dropped. */
export function validPositions(stored: unknown): ReadingPositions {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const positions: ReadingPositions = {};
  for (const [key, value] of Object.entries(stored)) {
    if (!/^[0-9a-f]{64}$/u.test(key) || typeof value !== 'object' || value === null) continue;
    const { text, block, at } = value as Partial<Record<keyof ReadingPosition, unknown>>;
    if (typeof text !== 'string' || !/^[0-9a-f]{64}$/u.test(text)) continue;
    if (!Number.isSafeInteger(block) || (block as number) < 0 || typeof at !== 'number') continue;
    positions[key] = { text, block: block as number, at };
  }
  return positions;
}
