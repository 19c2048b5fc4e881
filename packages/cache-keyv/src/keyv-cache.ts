import {
  type CacheEntryV1,
  CacheError,
  type CacheSetOptionsV1,
  type CacheStoreV1,
  InvalidArgumentError,
} from '@ttskit/core';
import { createNamespaceClear } from './clear-namespace';
import { createConnectionGate } from './connection-gate';
import { disconnectKeyv } from './disconnect-keyv';
import { decodeEntry, encodeEntry } from './entry-encoding';
import type { KeyvCacheOptions } from './keyv-cache-options';
import { prepareKeyv } from './prepare-keyv';
import { type CacheOperation, runCacheOperation } from './run-cache-operation';
import { toStoreKey } from './store-key';
import { deriveStoreName } from './store-name';
import { storeTtlLimitMs } from './store-ttl-limit';

const DEFAULT_NAMESPACE = 'ttskit';
const DEFAULT_TIMEOUT_MS = 5_000;
const NAMESPACE_PATTERN = /^[A-Za-z0-9._:-]{1,40}$/;

function validate(options: KeyvCacheOptions): {
  namespace: string;
  timeoutMs: number;
  maxEntryBytes: number;
} {
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  if (!NAMESPACE_PATTERN.test(namespace)) {
    throw new InvalidArgumentError({
      argument: 'namespace',
      message:
        '[ttskit] [cache-keyv] namespace must be 1 to 40 characters from A-Z a-z 0-9 . _ : -',
    });
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0)) {
    throw new InvalidArgumentError({
      argument: 'timeoutMs',
      message: '[ttskit] [cache-keyv] timeoutMs must be a positive number (or Infinity)',
    });
  }
  const maxEntryBytes = options.maxEntryBytes ?? Number.POSITIVE_INFINITY;
  if (!(maxEntryBytes > 0)) {
    throw new InvalidArgumentError({
      argument: 'maxEntryBytes',
      message: '[ttskit] [cache-keyv] maxEntryBytes must be a positive number of bytes',
    });
  }
  return { namespace, timeoutMs, maxEntryBytes };
}

/** Milliseconds left before an absolute expiry; `undefined` for none. */
function timeToLive(setOptions: CacheSetOptionsV1 | undefined): number | undefined {
  const expires = setOptions?.expires;
  if (expires === undefined) return undefined;
  if (!Number.isFinite(expires)) {
    throw new Error(`expires must be milliseconds since the epoch, got ${expires}`);
  }
  return Math.ceil(expires - Date.now());
}

/**
 * The cache store `createKeyvCache` returns: `getMany` and `dispose` always
 * exist; `clear` exists when the store can empty the namespace alone (not on
 * Memcached).
 */
export type KeyvCache = CacheStoreV1 &
  Required<Pick<CacheStoreV1, 'getMany' | 'dispose'>>;

/**
 * A ttskit cache store on any Keyv store: Redis (@keyv/redis), Memcached
 * (@keyv/memcache), a `Map`, or any other Keyv adapter. Audio round-trips
 * byte-exact as base64 (about 4/3 of its size); every failure or timeout
 * rejects with a `CacheError`, which the synthesizer turns into a warning.
 */
export function createKeyvCache(options: KeyvCacheOptions): KeyvCache {
  const { namespace, timeoutMs, maxEntryBytes } = validate(options);
  const { keyv, created, release } = prepareKeyv({ keyv: options.keyv, namespace });
  const name = options.name ?? deriveStoreName(keyv.store);
  const disconnectOnDispose = options.disconnectOnDispose ?? created;
  const clearNamespace = createNamespaceClear({ keyv, namespace });
  const connected = createConnectionGate(keyv);
  const ttlLimitMs = storeTtlLimitMs(keyv.store);
  let disposed = false;

  const run = <T>(operation: CacheOperation, task: () => Promise<T>): Promise<T> => {
    if (disposed) {
      return Promise.reject(
        new CacheError({
          message: `[ttskit] [cache-keyv] ${operation} on ${name} after dispose()`,
          store: name,
          operation,
        }),
      );
    }
    return runCacheOperation({
      store: name,
      operation,
      timeoutMs,
      task: async () => {
        await connected();
        return task();
      },
    });
  };

  const read = async (key: string): Promise<CacheEntryV1 | undefined> => {
    const value: unknown = await keyv.get(toStoreKey(key));
    return value === undefined || value === null ? undefined : decodeEntry(value);
  };

  const write = async (options: {
    key: string;
    entry: CacheEntryV1;
    setOptions: CacheSetOptionsV1 | undefined;
  }): Promise<void> => {
    // too large for a fast shared tier: left to the durable one
    if (options.entry.data.byteLength > maxEntryBytes) return;
    const storeKey = toStoreKey(options.key);
    const ttl = timeToLive(options.setOptions);
    if (ttl !== undefined && ttl <= 0) {
      // Already expired: not stored, and an older value must not be served.
      await keyv.delete(storeKey);
      return;
    }
    const stored = await keyv.set(
      storeKey,
      encodeEntry(options.entry),
      ttl === undefined ? undefined : Math.min(ttl, ttlLimitMs),
    );
    if (stored === false) throw new Error('the store did not accept the value');
  };

  return {
    specificationVersion: 'v1',
    name,
    get: (key) => run('get', () => read(key)),
    set: (key, entry, setOptions) => run('set', () => write({ key, entry, setOptions })),
    // asks the store (Redis: EXISTS) instead of fetching and decoding the audio
    has: (key) => run('has', () => keyv.has(toStoreKey(key))),
    delete: (key) => run('delete', () => keyv.delete(toStoreKey(key))),
    getMany: (keys) => run('getMany', () => Promise.all(keys.map(read))),
    ...(clearNamespace ? { clear: () => run('clear', clearNamespace) } : {}),
    async dispose() {
      if (disposed) return;
      disposed = true;
      release();
      if (!disconnectOnDispose) return;
      await runCacheOperation({
        store: name,
        operation: 'dispose',
        timeoutMs,
        task: () => disconnectKeyv(keyv),
      });
    },
  };
}
