import type { KeyvStoreAdapter } from 'keyv';
import { deriveStoreName } from './store-name';

/** Memcached reads an expiry above 30 days as a Unix timestamp (in 1970: gone at once). */
const MEMCACHED_MAX_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The longest TTL the store takes literally. Longer expiries are shortened
 * to it: the entry leaves the cache early rather than never being stored.
 */
export function storeTtlLimitMs(store: KeyvStoreAdapter | Map<unknown, unknown>): number {
  return deriveStoreName(store) === 'memcache' ? MEMCACHED_MAX_TTL_MS : Infinity;
}
