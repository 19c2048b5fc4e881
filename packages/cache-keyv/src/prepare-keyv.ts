import { InvalidArgumentError } from '@ttskit/core';
import { Keyv, type KeyvStoreAdapter } from 'keyv';
import type { KeyvCacheOptions } from './keyv-cache-options';
import { claimForNamespace } from './keyv-claims';

type KeyvStore = KeyvStoreAdapter | Map<unknown, unknown>;

function isKeyv(value: unknown): value is Keyv {
  if (value instanceof Keyv) return true;
  // Another installed copy of keyv: recognize it by shape.
  return (
    typeof value === 'object' &&
    value !== null &&
    'store' in value &&
    typeof (value as Keyv).getRaw === 'function'
  );
}

function isStore(value: unknown): value is KeyvStore {
  if (value instanceof Map) return true;
  if (typeof value !== 'object' || value === null) return false;
  const store = value as Partial<KeyvStoreAdapter>;
  return ['get', 'set', 'delete', 'clear'].every(
    (method) => typeof store[method as keyof KeyvStoreAdapter] === 'function',
  );
}

/**
 * Sets what the cache relies on. Keys carry one prefix only: store adapters
 * (Redis, Memcached, SQL...) prefix keys with the namespace themselves, so
 * Keyv's own prefix is turned off for them (it would give `ns::ns:key`);
 * a `Map` has no prefix of its own, so Keyv's is kept. Errors must throw:
 * by default Keyv and @keyv/redis turn a failed read into a silent miss.
 */
function configure(options: { keyv: Keyv; namespace: string }): void {
  const { keyv, namespace } = options;
  keyv.namespace = namespace;
  keyv.useKeyPrefix = keyv.store instanceof Map;
  keyv.throwOnErrors = true;
  const store = keyv.store as { throwOnErrors?: unknown };
  if ('throwOnErrors' in store) store.throwOnErrors = true;
}

/** The Keyv the cache uses, whether the cache created it, and the release of its claim. */
export function prepareKeyv(options: {
  keyv: KeyvCacheOptions['keyv'];
  namespace: string;
}): { keyv: Keyv; created: boolean; release: () => void } {
  const { namespace } = options;
  const given = options.keyv;
  if (!isKeyv(given) && !isStore(given)) {
    throw new InvalidArgumentError({
      argument: 'keyv',
      message:
        '[ttskit] [cache-keyv] keyv must be a Keyv instance or a Keyv store, e.g. new KeyvRedis(url) or new Map()',
    });
  }
  const store = isKeyv(given) ? given.store : given;
  const owners = [
    ...(isKeyv(given) ? [given] : []),
    ...(store instanceof Map ? [] : [store]),
  ];
  // Claimed before anything is changed: new Keyv() resets the store's namespace.
  const release = claimForNamespace({ owners, namespace });
  const keyv = isKeyv(given) ? given : new Keyv({ store: given });
  configure({ keyv, namespace });
  return { keyv, created: keyv !== given, release };
}
