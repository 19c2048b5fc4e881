import type { Redis } from 'ioredis';
import {
  BurstyRateLimiter,
  type IRateLimiterOptions,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

/** The outcome of taking a token: allowed, or refused with how long to wait. */
export type RateLimitDecision = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Until the next token, in ms. */
  resetMs: number;
};

export type RateLimiter = {
  readonly enabled: boolean;
  /** Takes one token from `key`'s bucket. Never throws: a store failure falls back to memory. */
  take(key: string): Promise<RateLimitDecision>;
};

/**
 * Per-key token bucket: `ratePerSecond` tokens a second sustained, plus a
 * burst allowance of `burst` tokens refilled over `burst / rate` seconds
 * (rate-limiter-flexible's BurstyRateLimiter, its recommended token bucket).
 * With Redis the buckets live there, so limits hold across instances; if
 * Redis fails, each instance falls back to an in-memory bucket (insurance).
 */
export function createRateLimiter(options: {
  ratePerSecond: number;
  burst: number;
  redis: Redis | undefined;
  keyPrefix?: string;
}): RateLimiter {
  const { ratePerSecond, burst, redis } = options;
  if (ratePerSecond <= 0) {
    return {
      enabled: false,
      take: async () => ({ allowed: true, limit: 0, remaining: 0, resetMs: 0 }),
    };
  }
  const prefix = options.keyPrefix ?? 'ttskit:rate';
  // 5/s: 5 tokens a second; 0.1/s: 1 token every 10 seconds
  const sustained =
    ratePerSecond >= 1
      ? { points: Math.round(ratePerSecond), duration: 1 }
      : { points: 1, duration: Math.round(1 / ratePerSecond) };
  const burstWindow = {
    points: Math.max(1, burst),
    duration: Math.max(1, Math.ceil(Math.max(1, burst) / ratePerSecond)),
  };
  const build = (settings: IRateLimiterOptions & { keyPrefix: string }) =>
    redis
      ? new RateLimiterRedis({
          ...settings,
          storeClient: redis,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory(settings),
        })
      : new RateLimiterMemory(settings);
  const limiter = new BurstyRateLimiter(
    build({ ...sustained, keyPrefix: `${prefix}:sustained` }),
    build({ ...burstWindow, keyPrefix: `${prefix}:burst` }),
  );
  const limit = sustained.points + (burst > 0 ? burstWindow.points : 0);
  return {
    enabled: true,
    async take(key) {
      try {
        const result = await limiter.consume(key, 1);
        return {
          allowed: true,
          limit,
          remaining: Math.max(0, result.remainingPoints),
          resetMs: result.msBeforeNext,
        };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return {
            allowed: false,
            limit,
            remaining: 0,
            resetMs: Math.max(1, rejection.msBeforeNext),
          };
        }
        return { allowed: true, limit, remaining: 0, resetMs: 0 }; // fail open
      }
    },
  };
}
