import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

// compare-and-delete and compare-and-extend: only the holder's token may
const releaseScript =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const extendScript =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

export type ContentLock = {
  /**
   * Runs `work` while holding the lock on `key`; waits while another
   * process holds it. Work on the same content is thus done once across
   * every worker: whoever comes second finds the result in the cache.
   */
  run<T>(key: string, work: () => Promise<T>, signal?: AbortSignal): Promise<T>;
};

/**
 * A lock per content key in Redis (`SET NX PX`), renewed while the work
 * runs and released by compare-and-delete. A holder that dies stops
 * renewing, and its lock lapses after `ttlMs`: nothing stays locked.
 */
export function createContentLock(options: {
  redis: Redis;
  /** Key namespace, e.g. `ttskit-speech:lock:`. */
  prefix: string;
  ttlMs: number;
  pollMs?: number;
}): ContentLock {
  const { redis, ttlMs } = options;
  const pollMs = options.pollMs ?? 200;
  return {
    async run(key, work, signal) {
      const name = `${options.prefix}${key}`;
      const token = randomUUID();
      while ((await redis.set(name, token, 'PX', ttlMs, 'NX')) !== 'OK') {
        signal?.throwIfAborted();
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
      const renewal = setInterval(
        () => void redis.eval(extendScript, 1, name, token, ttlMs).catch(() => {}),
        Math.max(100, Math.floor(ttlMs / 3)),
      );
      try {
        return await work();
      } finally {
        clearInterval(renewal);
        await redis.eval(releaseScript, 1, name, token).catch(() => {});
      }
    },
  };
}
