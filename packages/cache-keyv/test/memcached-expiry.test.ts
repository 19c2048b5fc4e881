import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyvCache } from '../src/index';
import { startMemcachedServer } from './memcached-server';
import { hasCommand, type ServerProcess } from './server-process';
import { createMemcacheStore } from './stores';

const DAY_MS = 24 * 60 * 60 * 1000;
const entry = { data: new Uint8Array([1, 2, 3]), metadata: {} };

describe.skipIf(!hasCommand('memcached'))('Memcached expiry', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startMemcachedServer();
  });
  afterAll(() => server?.stop());

  it('keeps an entry expiring beyond 30 days (memcached would read it as 1970)', async () => {
    const cache = createKeyvCache({ keyv: createMemcacheStore(server.port) });
    await cache.set('ninety-days', entry, { expires: Date.now() + 90 * DAY_MS });
    await cache.set('ten-days', entry, { expires: Date.now() + 10 * DAY_MS });
    expect(await cache.has('ninety-days')).toBe(true);
    expect(await cache.has('ten-days')).toBe(true);
    await cache.dispose();
  });
});
