import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import type {
  CacheEntryV1,
  CacheSetOptionsV1,
  CacheStoreV1,
} from '../spec/v1/cache-store-v1';

export type MemoryCacheOptions = {
  /** Byte budget for stored audio plus an estimate of metadata. Default 64 MiB. */
  maxBytes?: number;
  /** Upper bound on entries, whatever their size. Default 10 000. */
  maxEntries?: number;
  /**
   * Larger entries are not kept (they stay in the other tiers): one book
   * chapter would evict thousands of sentences, and copying it in blocks the
   * event loop. Default: an eighth of `maxBytes` (8 MiB, about 4 minutes of
   * 16 kHz WAV).
   */
  maxEntryBytes?: number;
  /** Clock, for tests. */
  now?: () => number;
};

type StoredEntry = { entry: CacheEntryV1; expires: number | undefined; bytes: number };

export type MemoryCache = CacheStoreV1 & {
  /**
   * The stored entry itself, without the copy `get` makes (counts as a use
   * for the LRU order). Its bytes are the cache's: read them, never change
   * them.
   */
  peek(key: string): CacheEntryV1 | undefined;
  /** Bytes currently held. */
  readonly bytes: number;
  /** Entries currently held. */
  readonly size: number;
};

const CACHE_NAME = 'memory';

function estimateBytes(key: string, entry: CacheEntryV1): number {
  return (
    entry.data.byteLength +
    key.length * 2 +
    JSON.stringify(entry.metadata).length * 2 +
    64
  );
}

/**
 * An in-process LRU cache with a byte budget and absolute expiry. The least
 * recently used entries are evicted first when the budget is exceeded; an
 * entry larger than `maxEntryBytes` (an eighth of the budget by default) is
 * not stored.
 */
export function createMemoryCache(options: MemoryCacheOptions = {}): MemoryCache {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const maxEntries = options.maxEntries ?? 10_000;
  const maxEntryBytes = options.maxEntryBytes ?? maxBytes / 8;
  if (!(maxBytes > 0) || !(maxEntries > 0) || !(maxEntryBytes > 0)) {
    throw new InvalidArgumentError({
      argument: 'memoryCache',
      message:
        '[ttskit] [memory-cache] maxBytes, maxEntries and maxEntryBytes must be positive numbers',
    });
  }
  const now = options.now ?? Date.now;
  const entries = new Map<string, StoredEntry>();
  let bytes = 0;

  const remove = (key: string): boolean => {
    const stored = entries.get(key);
    if (!stored) return false;
    entries.delete(key);
    bytes -= stored.bytes;
    return true;
  };

  const lookup = (key: string): StoredEntry | undefined => {
    const stored = entries.get(key);
    if (!stored) return undefined;
    if (stored.expires !== undefined && stored.expires <= now()) {
      remove(key);
      return undefined;
    }
    return stored;
  };

  const evict = () => {
    for (const key of entries.keys()) {
      if (bytes <= maxBytes && entries.size <= maxEntries) return;
      remove(key);
    }
  };

  return {
    specificationVersion: 'v1',
    name: CACHE_NAME,
    get bytes() {
      return bytes;
    },
    get size() {
      return entries.size;
    },
    peek(key) {
      const stored = lookup(key);
      if (!stored) return undefined;
      entries.delete(key);
      entries.set(key, stored);
      return stored.entry;
    },
    async get(key) {
      const entry = this.peek(key);
      return entry && { data: entry.data.slice(), metadata: entry.metadata };
    },
    async set(key, entry, setOptions?: CacheSetOptionsV1) {
      remove(key);
      const expires = setOptions?.expires;
      if (expires !== undefined && expires <= now()) return;
      const size = estimateBytes(key, entry);
      if (size > maxBytes || entry.data.byteLength > maxEntryBytes) return;
      const copy: CacheEntryV1 = { data: entry.data.slice(), metadata: entry.metadata };
      entries.set(key, { entry: copy, expires, bytes: size });
      bytes += size;
      evict();
    },
    async has(key) {
      return lookup(key) !== undefined;
    },
    async delete(key) {
      return remove(key);
    },
    async getMany(keys) {
      return Promise.all(keys.map((key) => this.get(key)));
    },
    async clear() {
      entries.clear();
      bytes = 0;
    },
    async dispose() {
      entries.clear();
      bytes = 0;
    },
  };
}
