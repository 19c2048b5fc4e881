import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import { throttledWarning } from '../lifecycle/throttled-warning';

/**
 * The ioredis connection for rate limits and readiness. Commands fail at
 * once while Redis is away (no offline queue): callers fall back instead of
 * waiting. It reconnects by itself; errors are logged, at most once a minute.
 */
export async function createRedisConnection(options: {
  url: string;
  log: FastifyBaseLogger;
}): Promise<Redis> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(options.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  redis.on(
    'error',
    throttledWarning({ log: options.log, message: 'redis connection error' }),
  );
  return redis;
}
