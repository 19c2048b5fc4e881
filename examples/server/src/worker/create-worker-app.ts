import type { EngineInput } from '@ttskit/core';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import type { ServerConfig } from '../config/server-config';
import { loggerOptions } from '../gateway/logger-options';
import { createContentLock } from '../jobs/content-lock';
import { createSpeechJobWorker } from '../jobs/speech-job-worker';
import { createLifecycle } from '../lifecycle/lifecycle';
import { registerCollectedGauges } from '../metrics/collected-gauges';
import { createServerMetrics } from '../metrics/server-metrics';
import { observeSynthesisEvents } from '../metrics/synthesis-metrics';
import { registerMetricsRoute } from '../routes/metrics-route';
import { createAudioStore } from '../storage/audio-store';
import { createCacheStores } from '../storage/cache-stores';
import { createRedisConnection } from '../storage/redis-connection';
import { logSynthesisEvents } from '../synthesis/log-synthesis-events';
import { createSpeechService } from '../synthesis/speech-service';
import { warmUpEngines } from '../synthesis/warm-up';
import { registerWorkerGauges } from './worker-gauges';

export type CreateWorkerAppOptions = {
  /** Engines instead of the configured ones, by id (tests pass a MockEngine). */
  engines?: Record<string, EngineInput>;
  logDestination?: NodeJS.WritableStream;
};

/** The worker needs Redis: the queue lives there. */
export class WorkerConfigError extends Error {
  constructor() {
    super(
      '[ttskit] [example-server] the worker needs REDIS_URL (its jobs come from a BullMQ queue in Redis); without Redis, jobs run inside the API process and no worker is needed',
    );
    this.name = 'WorkerConfigError';
  }
}

/**
 * A job worker process: the same speech service, cache tiers and
 * `processSpeechJob` as the API, fed by BullMQ instead of HTTP. Its small
 * HTTP server answers `GET /healthz` (alive), `GET /readyz` (warm, taking
 * jobs and connected to Redis) and `GET /metrics` (synthesis, cache and
 * job series plus `ttskit_worker_jobs_active` / `_concurrency`). `close()`
 * stops taking jobs, lets running ones finish, then releases everything.
 */
export async function createWorkerApp(
  config: ServerConfig,
  options: CreateWorkerAppOptions = {},
): Promise<FastifyInstance> {
  const redisUrl = config.storage.redisUrl;
  if (!redisUrl || config.jobs.queue !== 'bullmq') throw new WorkerConfigError();
  const app = Fastify({
    logger: loggerOptions({
      level: config.logLevel,
      ...(options.logDestination ? { destination: options.logDestination } : {}),
    }),
    forceCloseConnections: true,
    // probes and scrapes every few seconds: not worth a log line each
    logController: new LogController({ disableRequestLogging: true }),
  });
  const metrics = createServerMetrics();
  const stores = await createCacheStores(config.storage);
  const audio = createAudioStore(stores);
  const speech = createSpeechService({
    config,
    stores,
    ...(options.engines ? { engines: options.engines } : {}),
  });
  const redis = await createRedisConnection({ url: redisUrl, log: app.log });
  const jobWorker = createSpeechJobWorker({
    redisUrl,
    queueName: config.jobs.queueName,
    concurrency: config.jobs.concurrency,
    lockMs: config.jobs.lockMs,
    stalledIntervalMs: config.jobs.stalledIntervalMs,
    speech,
    audio,
    redis,
    retentionMs: config.jobs.retentionMs,
    lock: createContentLock({
      redis,
      prefix: `${config.jobs.queueName}:content-lock:`,
      ttlMs: config.jobs.lockMs,
    }),
    metrics,
    log: app.log,
  });
  observeSynthesisEvents({ metrics, speech });
  logSynthesisEvents({ speech, log: app.log });
  registerCollectedGauges({ metrics, speech });
  registerWorkerGauges({ metrics, jobWorker });
  const lifecycle = createLifecycle();

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const running = jobWorker.worker.isRunning();
    const redisReady = redis.status === 'ready';
    const ready = lifecycle.state === 'ready' && running && redisReady;
    return reply.code(ready ? 200 : 503).send({
      status: ready
        ? 'ready'
        : lifecycle.state === 'ready'
          ? 'degraded'
          : lifecycle.state,
      checks: {
        engines: speech.engineIds,
        redis: redisReady ? 'ok' : 'down',
        worker: running ? 'running' : 'stopped',
        activeJobs: jobWorker.active(),
        concurrency: jobWorker.concurrency,
      },
    });
  });
  registerMetricsRoute(app, { metrics });

  app.addHook('onReady', async () => {
    const start = () => {
      lifecycle.markReady();
      // run() resolves when the worker closes; its failures are reported as 'error' events
      void jobWorker.worker.run().catch((error: unknown) => {
        app.log.error({ err: error }, 'job worker stopped');
      });
    };
    if (!config.synthesis.warmUp) return start();
    void warmUpEngines({
      speech,
      parallel: config.synthesis.espeakWorkers,
      log: app.log,
    }).finally(start);
  });
  app.addHook('preClose', async () => {
    lifecycle.markDraining();
  });
  app.addHook('onClose', async () => {
    await jobWorker.worker.close(); // running jobs finish first
    await speech.dispose();
    await stores.dispose();
    await redis.quit().catch(() => redis.disconnect());
  });
  return app;
}
