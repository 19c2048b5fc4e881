import type { KeyvStoreAdapter } from 'keyv';

/**
 * A store name for logs and events, derived from the Keyv store: the
 * adapter's `opts.dialect` (`redis`, `sqlite`, ...), else its class name
 * without `Keyv` (`KeyvMemcache` → `memcache`), else `keyv` (a `Map`).
 */
export function deriveStoreName(store: KeyvStoreAdapter | Map<unknown, unknown>): string {
  if (store instanceof Map) return 'keyv';
  const dialect: unknown = store.opts?.dialect;
  if (typeof dialect === 'string' && dialect.length > 0) return dialect;
  const className = store.constructor?.name ?? '';
  const stripped = className.replace(/^Keyv/, '').toLowerCase();
  return stripped.length > 0 && stripped !== 'object' ? stripped : 'keyv';
}
