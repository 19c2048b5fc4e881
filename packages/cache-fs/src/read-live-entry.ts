import type { CacheEntryV1 } from '@ttskit/core/spec';
import type { EntryLocation } from './entry-location';
import { guardFs } from './fs-errors';
import { readEntryFile, removeIfUnchanged } from './read-entry-file';

export type LiveEntry = { entry: CacheEntryV1; modifiedAtMs: number };

/**
 * Reads the entry of `key` if it is whole, belongs to the key and has not
 * expired. A corrupt, truncated, foreign or expired file is a miss, and is
 * removed (`onRemoved` is told); a file of another format version is a miss
 * left for the writer that knows it. File-system failures are `CacheError`s.
 */
export async function readLiveEntry(options: {
  location: EntryLocation;
  key: string;
  now: number;
  operation: string;
  onRemoved: () => void;
}): Promise<LiveEntry | undefined> {
  const { key, operation } = options;
  const path = options.location.path;
  const result = await guardFs({
    operation,
    path,
    run: () => readEntryFile({ path, key }),
  });
  if (result.status === 'missing') return undefined;
  if (result.status === 'valid') {
    if (result.expires === undefined || result.expires > options.now) {
      return { entry: result.entry, modifiedAtMs: result.stats.mtimeMs };
    }
  } else if (result.fault.fault === 'unsupported-version') {
    return undefined;
  }
  const stats = result.stats;
  const outcome = await guardFs({
    operation,
    path,
    run: () => removeIfUnchanged({ path, stats }),
  });
  if (outcome !== 'changed') options.onRemoved();
  return undefined;
}
