import { cacheConformanceSuite } from '@ttskit/core/test-kit';
import { Keyv } from 'keyv';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createKeyvCache } from '../src/index';
import { startMemcachedServer } from './memcached-server';
import { startRedisServer } from './redis-server';
import { hasCommand, type ServerProcess } from './server-process';
import { createMemcacheStore, createRedisStore, uniqueNamespace } from './stores';

describe('in-memory Keyv', () => {
  cacheConformanceSuite(
    it,
    () => createKeyvCache({ keyv: new Keyv(), namespace: uniqueNamespace() }),
    { prefix: 'keyv (Map)' },
  );
});

describe.skipIf(!hasCommand('redis-server'))('Redis through @keyv/redis', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(() => server?.stop());
  cacheConformanceSuite(
    it,
    () =>
      createKeyvCache({
        keyv: createRedisStore(server.port),
        namespace: uniqueNamespace(),
      }),
    { prefix: 'keyv (Redis)' },
  );
});

describe.skipIf(!hasCommand('memcached'))('Memcached through @keyv/memcache', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startMemcachedServer();
  });
  afterAll(() => server?.stop());
  cacheConformanceSuite(
    it,
    () =>
      createKeyvCache({
        keyv: createMemcacheStore(server.port),
        namespace: uniqueNamespace(),
      }),
    { prefix: 'keyv (Memcached)' },
  );
});
