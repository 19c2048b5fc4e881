import { CacheError, InvalidArgumentError } from '@ttskit/core';
import { Keyv, type KeyvStoreAdapter } from 'keyv';
import { describe, expect, it } from 'vitest';
import { createKeyvCache } from '../src/index';
import { startRedisServer } from './redis-server';
import { findFreePort, hasCommand } from './server-process';
import { createMemcacheStore, createRedisStore } from './stores';

const entry = { data: new Uint8Array([1, 2, 3]), metadata: {} };

async function rejection(promise: Promise<unknown>): Promise<CacheError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(CacheError.isInstance(error)).toBe(true);
  return error as CacheError;
}

/** A store whose calls never settle. */
function stuckStore(): KeyvStoreAdapter {
  const never = () => new Promise<never>(() => {});
  return Object.assign(new Map(), { get: never, set: never, delete: never }) as never;
}

describe('failures reject with CacheError', () => {
  it.skipIf(!hasCommand('redis-server'))('Redis refusing connections', async () => {
    const cache = createKeyvCache({ keyv: createRedisStore(await findFreePort()) });
    const error = await rejection(cache.get('key'));
    expect(error).toMatchObject({ store: 'redis', operation: 'get' });
    expect(error.message).toMatch(/^\[ttskit\] \[cache-keyv\] get failed on redis: /);
    await rejection(cache.set('key', entry));
    await cache.dispose();
  });

  it.skipIf(!hasCommand('memcached'))('Memcached refusing connections', async () => {
    const cache = createKeyvCache({ keyv: createMemcacheStore(await findFreePort()) });
    expect(await rejection(cache.get('key'))).toMatchObject({ store: 'memcache' });
    await rejection(cache.set('key', entry));
    await cache.dispose();
  });

  it.skipIf(!hasCommand('redis-server'))('clear() on a stopped Redis', async () => {
    const server = await startRedisServer();
    const cache = createKeyvCache({ keyv: createRedisStore(server.port) });
    await cache.set('key', entry);
    await server.stop();
    expect(await rejection(cache.clear?.() ?? Promise.reject())).toMatchObject({
      operation: 'clear',
    });
    await cache.dispose();
  });

  it('a store that does not answer in time', async () => {
    const cache = createKeyvCache({ keyv: stuckStore(), timeoutMs: 50 });
    expect((await rejection(cache.get('key'))).message).toMatch(/timed out after 50 ms/);
    await rejection(cache.set('key', entry));
    await rejection(cache.delete('key'));
  });

  it('a value this package did not write', async () => {
    const map = new Map<string, unknown>();
    const cache = createKeyvCache({ keyv: map, namespace: 'ns' });
    await new Keyv({ store: map, namespace: 'ns' }).set('key', { not: 'an entry' });
    expect((await rejection(cache.get('key'))).message).toMatch(/unreadable entry/);
  });

  it('calls after dispose()', async () => {
    const cache = createKeyvCache({ keyv: new Map() });
    await cache.dispose?.();
    expect((await rejection(cache.get('key'))).message).toMatch(/after dispose\(\)/);
  });
});

describe('options', () => {
  it('rejects a namespace that would not be a safe key prefix, and a non-store', () => {
    const invalid = (run: () => unknown, argument: string) => {
      expect(run).toThrow(InvalidArgumentError);
      expect(run).toThrow(expect.objectContaining({ argument }));
    };
    invalid(() => createKeyvCache({ keyv: new Map(), namespace: 'a b*' }), 'namespace');
    invalid(() => createKeyvCache({ keyv: new Map(), timeoutMs: 0 }), 'timeoutMs');
    invalid(() => createKeyvCache({ keyv: {} as never }), 'keyv');
  });

  it('leaves entries above maxEntryBytes to the other tiers', async () => {
    const cache = createKeyvCache({ keyv: new Map(), maxEntryBytes: 4 });
    await cache.set('small', entry);
    await cache.set('large', { data: new Uint8Array(5), metadata: {} });
    expect(await cache.get('large')).toBeUndefined();
    expect(await cache.get('small')).toMatchObject({ data: entry.data });
    expect(await cache.has('small')).toBe(true);
    expect(await cache.has('large')).toBe(false);
    expect(() => createKeyvCache({ keyv: new Map(), maxEntryBytes: 0 })).toThrow(
      InvalidArgumentError,
    );
    await cache.dispose();
  });

  it('takes its name from the store unless given one', () => {
    expect(createKeyvCache({ keyv: new Map() }).name).toBe('keyv');
    expect(createKeyvCache({ keyv: new Map(), name: 'shared-map' }).name).toBe(
      'shared-map',
    );
  });
});
