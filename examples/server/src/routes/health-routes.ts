import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../server-context';

async function pingRedis(
  context: ServerContext,
): Promise<'ok' | 'down' | 'not configured'> {
  if (!context.redis) return 'not configured';
  try {
    await Promise.race([
      context.redis.ping(),
      new Promise((_, reject) => setTimeout(reject, 500).unref()),
    ]);
    return 'ok';
  } catch {
    return 'down';
  }
}

/**
 * `GET /healthz`: the process is alive (liveness). `GET /readyz`: it should
 * get traffic (readiness): 503 while engines warm up and once draining.
 * Redis being down degrades (rate limits fall back to per-instance, the
 * Redis cache tier is skipped) but does not make the instance unready.
 */
export function registerHealthRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const [redis, queue] = await Promise.all([pingRedis(context), context.jobs.ready()]);
    const tiers = context.speech.stats()[0]?.cacheTiers ?? [];
    const state = context.lifecycle.state;
    const ready = state === 'ready' && queue;
    return reply.code(ready ? 200 : 503).send({
      status: ready ? (redis === 'down' ? 'degraded' : 'ready') : state,
      checks: {
        engines: context.speech.engineIds,
        redis,
        jobQueue: queue ? context.jobs.kind : 'closed',
        cacheTiers: tiers.map((tier) => ({ name: tier.name, state: tier.state })),
      },
    });
  });
}
