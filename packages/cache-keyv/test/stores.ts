import { randomBytes } from 'node:crypto';
import KeyvMemcache from '@keyv/memcache';
import KeyvRedis from '@keyv/redis';

/** A namespace no other test uses. */
export function uniqueNamespace(): string {
  return `ttskit-test-${randomBytes(4).toString('hex')}`;
}

/** The Redis store as the README recommends it: fail fast while Redis is away. */
export function createRedisStore(port: number): KeyvRedis<unknown> {
  return new KeyvRedis(
    { url: `redis://127.0.0.1:${port}`, disableOfflineQueue: true },
    { connectionTimeout: 1_000 },
  );
}

export function createMemcacheStore(port: number): KeyvMemcache {
  return new KeyvMemcache(`127.0.0.1:${port}`, {
    logger: { log: () => {} },
  } as ConstructorParameters<typeof KeyvMemcache>[1]);
}
