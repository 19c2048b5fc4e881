/** What a cache stores for one request key. */
export type CacheEntryV1 = {
  /** Encoded audio, exactly as returned to the caller. */
  data: Uint8Array;
  /** JSON-serializable metadata (format, sample rate, timings, ...). */
  metadata: Record<string, unknown>;
};

export type CacheSetOptionsV1 = {
  /** Absolute expiry in milliseconds since the epoch; none when absent. */
  expires?: number;
};

/**
 * Version 1 of the cache contract. Keys are opaque strings (request keys are
 * hex digests, but stores must handle any string safely). Core supplies
 * fallbacks for the optional methods.
 */
export type CacheStoreV1 = {
  readonly specificationVersion: 'v1';
  /** Store name for logs and events: `memory`, `fs`, `redis`. */
  readonly name: string;
  /**
   * The entry, or undefined. Its `data` belongs to the caller from then on
   * (a copy, or bytes freshly read): the synthesizer hands it to its caller
   * without copying it again, so a store must not keep and reuse it.
   */
  get(key: string): Promise<CacheEntryV1 | undefined>;
  /** Stores the entry. The store must not keep `entry.data` itself (copy or write it out). */
  set(key: string, entry: CacheEntryV1, options?: CacheSetOptionsV1): Promise<void>;
  has(key: string): Promise<boolean>;
  /** Resolves `true` when an entry was removed. */
  delete(key: string): Promise<boolean>;
  getMany?(keys: readonly string[]): Promise<Array<CacheEntryV1 | undefined>>;
  clear?(): Promise<void>;
  /** Releases connections and handles. Calling it twice is harmless. */
  dispose?(): Promise<void>;
};
