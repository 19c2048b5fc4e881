import { createHash, randomBytes } from 'node:crypto';
import { Keyv } from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyvCache } from '../src/index';
import { startRedisServer } from './redis-server';
import { hasCommand, type ServerProcess } from './server-process';
import { createRedisStore } from './stores';

const entry = (size: number) => ({
  data: new Uint8Array(randomBytes(size)),
  metadata: { format: 'mp3' },
});

describe.skipIf(!hasCommand('redis-server'))('what the cache leaves in Redis', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(() => server?.stop());

  it('uses one prefix, <namespace>::<key>, and hashes unusual keys', async () => {
    const store = createRedisStore(server.port);
    const cache = createKeyvCache({ keyv: store, namespace: 'layout' });
    const key = 'f'.repeat(64);
    await cache.set(key, entry(10));
    await cache.set('a/b c', entry(10));
    const hashed = createHash('sha256').update('a/b c').digest('hex');
    expect((await store.client.keys('layout*')).sort()).toEqual([
      `layout::${key}`,
      `layout::~${hashed}`,
    ]);
    await cache.dispose();
  });

  it('does not double-prefix a Keyv made with default options', async () => {
    const keyv = new Keyv(createRedisStore(server.port));
    const cache = createKeyvCache({
      keyv,
      namespace: 'shared',
      disconnectOnDispose: true,
    });
    await cache.set('k1', entry(10));
    const client = (keyv.store as ReturnType<typeof createRedisStore>).client;
    expect(await client.keys('*shared*')).toEqual(['shared::k1']);
    await cache.dispose();
  });

  it('stores bytes as base64, about 4/3 of their size, with a millisecond TTL', async () => {
    const store = createRedisStore(server.port);
    const cache = createKeyvCache({ keyv: store, namespace: 'size' });
    const size = 1024 * 1024;
    await cache.set('big', entry(size), { expires: Date.now() + 60_000 });
    const stored = await store.client.strLen('size::big');
    expect(stored / size).toBeGreaterThan(1.33);
    expect(stored / size).toBeLessThan(1.34);
    const ttl = await store.client.pTTL('size::big');
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    await cache.dispose();
  });

  it('clears its namespace and nothing else', async () => {
    const store = createRedisStore(server.port);
    const cache = createKeyvCache({ keyv: store, namespace: 'mine' });
    const other = createKeyvCache({
      keyv: createRedisStore(server.port),
      namespace: 'theirs',
    });
    await cache.set('a', entry(5));
    await other.set('a', entry(5));
    await store.client.set('unrelated', 'value');
    await cache.clear?.();
    expect(await cache.get('a')).toBeUndefined();
    expect(await other.get('a')).toBeDefined();
    expect(await store.client.get('unrelated')).toBe('value');
    await Promise.all([cache.dispose(), other.dispose()]);
  });
});
