import { Keyv } from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyvCache } from '../src/index';
import { startRedisServer } from './redis-server';
import { hasCommand, type ServerProcess } from './server-process';
import { createRedisStore } from './stores';

const entry = { data: new Uint8Array([7]), metadata: {} };

describe.skipIf(!hasCommand('redis-server'))(
  'dispose() disconnects only what the cache owns',
  () => {
    let server: ServerProcess;
    beforeAll(async () => {
      server = await startRedisServer();
    });
    afterAll(() => server?.stop());

    it('a store passed to the cache is the cache’s: dispose() closes it', async () => {
      const store = createRedisStore(server.port);
      const cache = createKeyvCache({ keyv: store });
      await cache.set('key', entry);
      expect(store.client.isOpen).toBe(true);
      await cache.dispose?.();
      await cache.dispose?.();
      expect(store.client.isOpen).toBe(false);
    });

    it('a Keyv passed to the cache stays yours: dispose() leaves it connected', async () => {
      const store = createRedisStore(server.port);
      const keyv = new Keyv(store);
      const cache = createKeyvCache({ keyv });
      await cache.set('key', entry);
      await cache.dispose?.();
      expect(store.client.isOpen).toBe(true);
      expect(await keyv.get('other')).toBeUndefined();
      await keyv.disconnect();
    });

    it('disconnectOnDispose overrides either default', async () => {
      const keyv = new Keyv(createRedisStore(server.port));
      const cache = createKeyvCache({ keyv, disconnectOnDispose: true });
      await cache.set('key', entry);
      await cache.dispose?.();
      expect(keyv.store.client.isOpen).toBe(false);
      const store = createRedisStore(server.port);
      const borrowing = createKeyvCache({ keyv: store, disconnectOnDispose: false });
      await borrowing.set('key', entry);
      await borrowing.dispose?.();
      expect(store.client.isOpen).toBe(true);
      await store.disconnect();
    });
  },
);
