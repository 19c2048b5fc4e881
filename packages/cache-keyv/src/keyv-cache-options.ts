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
  /** Longest wait for one store call before it rejects. Default 5 000 ms; `Infinity` for none. */
  timeoutMs?: number;
  /**
   * Whether `dispose()` disconnects the Keyv (and so the store's client). Default:
   * `true` when you passed a store (the cache made the Keyv and owns it), `false`
   * when you passed a Keyv instance (you own it).
   */
  disconnectOnDispose?: boolean;
};
