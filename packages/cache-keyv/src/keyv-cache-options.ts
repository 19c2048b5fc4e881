import type { Keyv, KeyvStoreAdapter } from 'keyv';

export type KeyvCacheOptions = {
  /**
   * A Keyv instance given to the cache alone, or a Keyv store (`new KeyvRedis(...)`,
   * `new KeyvMemcache(...)`, a `Map`, any Keyv adapter) for the cache to wrap in a
   * Keyv of its own. (**required**)
   */
  keyv: Keyv | KeyvStoreAdapter | Map<unknown, unknown>;
  /** Prefix of every key, and the part `clear()` empties. Default `ttskit`. */
  namespace?: string;
  /** Store name in events and errors. Default: derived from the store (`redis`, `memcache`, `keyv`). */
  name?: string;
  /**
   * Entries whose audio is larger (in bytes) are not written to this store:
   * `set` resolves and the entry stays in the other tiers. Redis or Memcached
   * is a fast shared tier for many small entries; a 30 MB book chapter
   * (40 MB as base64) would block Redis and the writer while it passes, and
   * Memcached rejects items over its `-I` limit (1 MB by default).
   * Default: no limit.
   */
  maxEntryBytes?: number;
  /** Longest wait for one store call before it rejects. Default 5 000 ms; `Infinity` for none. */
  timeoutMs?: number;
  /**
   * Whether `dispose()` disconnects the Keyv (and so the store's client). Default:
   * `true` when you passed a store (the cache made the Keyv and owns it), `false`
   * when you passed a Keyv instance (you own it).
   */
  disconnectOnDispose?: boolean;
};
