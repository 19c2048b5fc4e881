import type { CacheEntryV1, CacheStoreV1 } from '@ttskit/core/spec';
import { writeEntryAtomically } from './atomic-write';
import { CACHE_NAME } from './cache-name';
import { clearCacheDirectory } from './clear-cache-directory';
import { EntryBudget } from './entry-budget';
import { type EntryLocation, locateEntry } from './entry-location';
import { EntryToucher } from './entry-toucher';
import { type FsCacheOptions, resolveFsCacheOptions } from './fs-cache-options';
import { guardFs } from './fs-errors';
import { mapWithConcurrency } from './map-with-concurrency';
import { removeFileIfPresent } from './missing-tolerant-fs';
import { readLiveEntry } from './read-live-entry';
import { encodeForSet, validateKey } from './validate-arguments';

export type FsCache = CacheStoreV1 & {
  /** The cache directory, absolute. */
  readonly dir: string;
  /** Bytes of entry files this process knows of (exact after a sweep). */
  readonly bytes: number;
  getMany(keys: readonly string[]): Promise<Array<CacheEntryV1 | undefined>>;
  /** Removes every entry (only files named like entries). */
  clear(): Promise<void>;
  /** Scans the directory now: removes stale temporary files, evicts over budget. */
  sweep(): Promise<void>;
  /** Waits for background work (a sweep, LRU touches). The cache stays usable. */
  dispose(): Promise<void>;
};

const GET_MANY_CONCURRENCY = 8;

/**
 * A cache store in a directory: one checksummed file per key, named after the
 * key's sha256, written atomically, with absolute expiry and an LRU byte
 * budget. Several processes may share the directory.
 */
export function createFsCache(options: FsCacheOptions): FsCache {
  const resolved = resolveFsCacheOptions(options);
  const { directory, now } = resolved;
  const budget = new EntryBudget(resolved);
  const toucher = new EntryToucher(now);

  const locate = (key: string): EntryLocation => {
    validateKey(key);
    return locateEntry({ directory, key });
  };

  const forget = (location: EntryLocation) =>
    budget.record({ hash: location.hash, size: undefined });

  const remove = async (location: EntryLocation, operation: string) => {
    const path = location.path;
    const removed = await guardFs({
      operation,
      path,
      run: () => removeFileIfPresent(path),
    });
    forget(location);
    return removed;
  };

  const read = (options: { location: EntryLocation; key: string; operation: string }) =>
    readLiveEntry({ ...options, now: now(), onRemoved: () => forget(options.location) });

  const get = async (key: string): Promise<CacheEntryV1 | undefined> => {
    const location = locate(key);
    const found = await read({ location, key, operation: 'get' });
    if (!found) return undefined;
    toucher.touch({ path: location.path, modifiedAtMs: found.modifiedAtMs });
    return found.entry;
  };

  return {
    specificationVersion: 'v1',
    name: CACHE_NAME,
    dir: directory,
    get bytes() {
      return budget.bytes;
    },
    get,
    async set(key, entry, setOptions) {
      const location = locate(key);
      const createdAt = now();
      const parts = encodeForSet({ key, entry, setOptions, now: createdAt });
      const size = parts?.reduce((total, part) => total + part.byteLength, 0) ?? 0;
      if (parts === undefined || size > resolved.maxBytes) {
        // Already expired, or larger than the whole budget: not stored.
        await remove(location, 'set');
        return;
      }
      await guardFs({
        operation: 'set',
        path: location.path,
        run: () =>
          writeEntryAtomically({
            location,
            parts,
            modifiedAt: new Date(createdAt),
            syncDirectory: resolved.syncDirectory,
          }),
      });
      budget.record({ hash: location.hash, size });
      await toucher.settle(); // so that a sweep sees the latest LRU times
      await guardFs({
        operation: 'evict',
        path: directory,
        run: () => budget.afterWrite(),
      });
    },
    async has(key) {
      return (await read({ location: locate(key), key, operation: 'has' })) !== undefined;
    },
    async delete(key) {
      return remove(locate(key), 'delete');
    },
    async getMany(keys) {
      return mapWithConcurrency({
        items: keys,
        concurrency: GET_MANY_CONCURRENCY,
        run: get,
      });
    },
    async clear() {
      await budget.idle();
      const run = () => clearCacheDirectory(directory);
      await guardFs({ operation: 'clear', path: directory, run });
      budget.forgetAll();
    },
    async sweep() {
      await guardFs({ operation: 'sweep', path: directory, run: () => budget.sweep() });
    },
    async dispose() {
      await budget.idle();
      await toucher.settle();
    },
  };
}
