import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerMetrics } from './server-metrics';

/**
 * An `onResponse` hook observing every request by route template (never
 * the raw URL: bounded label values), method and status, until the last
 * byte was sent (streams included).
 */
export function createHttpMetricsHook(metrics: ServerMetrics) {
  return async function observe(request: FastifyRequest, reply: FastifyReply) {
    metrics.httpRequestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  };
}
