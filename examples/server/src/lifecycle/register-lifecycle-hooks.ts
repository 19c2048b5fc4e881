import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../server-context';
import type { CacheStores } from '../storage/cache-stores';
import { warmUpEngines } from '../synthesis/warm-up';

/**
 * Startup and shutdown: ready once engines are warm; on close, draining
 * (readiness 503, keep-alive connections closed as their responses end),
 * then jobs, background work, synthesizers, stores and Redis, in that order.
 */
export function registerLifecycleHooks(options: {
  app: FastifyInstance;
  context: ServerContext;
  stores: CacheStores;
}): void {
  const { app, context, stores } = options;
  const { config, lifecycle, speech, jobs, materializer, redis } = context;
  app.addHook('onReady', async () => {
    if (!config.synthesis.warmUp) return lifecycle.markReady();
    void warmUpEngines({
      speech,
      parallel: config.synthesis.espeakWorkers,
      log: app.log,
    }).finally(() => lifecycle.markReady());
  });
  let idleSweep: NodeJS.Timeout | undefined;
  app.addHook('onSend', async (_request, reply) => {
    // while draining, a finished response also ends its keep-alive connection
    if (lifecycle.state === 'draining') reply.header('connection', 'close');
  });
  app.addHook('preClose', async () => {
    lifecycle.markDraining();
    // connections that go idle during the drain are closed as they do
    idleSweep = setInterval(() => app.server.closeIdleConnections(), 200);
  });
  app.addHook('onClose', async () => {
    clearInterval(idleSweep);
    await jobs.close();
    await materializer.drain();
    await speech.dispose();
    await stores.dispose();
    await redis?.quit().catch(() => redis.disconnect());
  });
}
