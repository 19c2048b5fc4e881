import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../server-context';

/** `GET /metrics`: Prometheus text format. Keep it off the public network (see README). */
export function registerMetricsRoute(
  app: FastifyInstance,
  context: Pick<ServerContext, 'metrics'>,
): void {
  const { registry } = context.metrics;
  app.get('/metrics', async (_request, reply) =>
    reply.header('content-type', registry.contentType).send(await registry.metrics()),
  );
}
