import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http/http-error';
import type { ServerMetrics } from '../metrics/server-metrics';
import { isApiRoute } from './authenticate-hook';
import type { RateLimiter } from './rate-limiter';

/**
 * An `onRequest` hook for `/v1/*`: one token per request, by API key id (by
 * client address when authentication is off). Answers 429 with
 * `Retry-After` and sets the IETF draft `RateLimit-*` headers either way.
 */
export function createRateLimitHook(options: {
  limiter: RateLimiter;
  metrics: ServerMetrics;
}) {
  const { limiter, metrics } = options;
  return async function rateLimit(request: FastifyRequest, reply: FastifyReply) {
    if (!limiter.enabled || !isApiRoute(request)) return;
    const key = request.apiKeyId ?? `ip:${request.ip}`;
    const decision = await limiter.take(key);
    const resetSeconds = Math.max(1, Math.ceil(decision.resetMs / 1000));
    reply.header('ratelimit-limit', String(decision.limit));
    reply.header('ratelimit-remaining', String(decision.remaining));
    reply.header('ratelimit-reset', String(resetSeconds));
    if (decision.allowed) return;
    metrics.rateLimited.inc();
    throw new HttpError({
      statusCode: 429,
      type: 'rate_limit_error',
      code: 'rate_limited',
      message: `rate limit exceeded; retry in ${resetSeconds} s`,
      headers: { 'retry-after': String(resetSeconds) },
    });
  };
}
