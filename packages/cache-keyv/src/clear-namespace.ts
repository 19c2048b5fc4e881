import type { Keyv } from 'keyv';

/**
 * How `clear()` empties the namespace, or `undefined` when the store cannot
 * do it without emptying everything (Memcached: `clear` would `flush_all` the
 * server), in which case the cache has no `clear()`.
 */
export function createNamespaceClear(options: {
  keyv: Keyv;
  namespace: string;
}): (() => Promise<void>) | undefined {
  const { keyv, namespace } = options;
  const store: unknown = keyv.store;
  if (store instanceof Map) {
    // Keyv's Map clear would empty the whole Map; delete our prefix only.
    const prefix = `${namespace}:`;
    return async () => {
      for (const key of [...store.keys()]) {
        if (typeof key === 'string' && key.startsWith(prefix)) store.delete(key);
      }
    };
  }
  // Keyv lists a namespace only for adapters that can (Redis, SQL, Mongo,
  // etcd); their clear() deletes that namespace alone (Redis: SCAN
  // `<namespace>::*` + UNLINK).
  if (!keyv.iterator) return undefined;
  return async () => {
    // @keyv/redis reports a failed clear only as an `error` event.
    const errors: unknown[] = [];
    const listener = (error: unknown) => errors.push(error);
    keyv.on('error', listener);
    try {
      await keyv.clear();
    } finally {
      keyv.off('error', listener);
    }
    if (errors.length > 0) throw errors[0];
  };
}
