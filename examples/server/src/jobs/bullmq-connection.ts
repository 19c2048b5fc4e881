/**
 * ioredis options for BullMQ from `REDIS_URL`. The API's producer fails
 * fast while Redis is away (`enableOfflineQueue: false`: a submission
 * answers 503 at once instead of hanging); a worker's connection waits and
 * reconnects (`maxRetriesPerRequest: null`, as BullMQ requires for its
 * blocking commands). Both reconnect forever with a capped delay.
 */
export function bullmqConnection(options: { url: string; role: 'producer' | 'worker' }) {
  return {
    url: options.url,
    connectTimeout: 2_000,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
    ...(options.role === 'producer'
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1 }
      : { maxRetriesPerRequest: null }),
  };
}
