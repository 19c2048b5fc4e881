import type { EngineInput } from '@ttskit/core';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import type { ServerConfig } from './config/server-config';
import { loggerOptions } from './gateway/logger-options';
import { registerGateway } from './gateway/register-gateway';
import { requestIdOf } from './gateway/request-id';
import { installErrorHandlers } from './http/error-handler';
import { createJobQueue, type JobQueueFactory } from './jobs/create-job-queue';
import { createLifecycle } from './lifecycle/lifecycle';
import { registerLifecycleHooks } from './lifecycle/register-lifecycle-hooks';
import { registerCollectedGauges } from './metrics/collected-gauges';
import { createServerMetrics } from './metrics/server-metrics';
import { observeSynthesisEvents } from './metrics/synthesis-metrics';
import { registerRoutes } from './routes/register-routes';
import type { ServerContext } from './server-context';
import { createAudioStore } from './storage/audio-store';
import { createCacheStores } from './storage/cache-stores';
import { createRedisConnection } from './storage/redis-connection';
import { logSynthesisEvents } from './synthesis/log-synthesis-events';
import { createSpeechService } from './synthesis/speech-service';
import { createStreamMaterializer } from './synthesis/stream-materializer';

export type CreateServerOptions = {
  /** Engines to serve instead of the configured ones, by id (tests pass a MockEngine). */
  engines?: Record<string, EngineInput>;
  /** Where the JSON logs go. Default: standard output. */
  logDestination?: NodeJS.WritableStream;
  /** Another job queue (e.g. BullMQ); default: the in-process queue. */
  jobQueue?: JobQueueFactory;
};

/**
 * Builds the service: gateway (request ids, CORS, API keys, rate limits,
 * validation, limits), synthesis with cache tiers, jobs, metrics and the
 * playground. Call `listen()` on the result; `close()` drains in-flight
 * requests and jobs, then releases engines, caches and connections.
 */
export async function createServer(
  config: ServerConfig,
  options: CreateServerOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions({
      level: config.logLevel,
      ...(options.logDestination ? { destination: options.logDestination } : {}),
    }),
    genReqId: requestIdOf,
    bodyLimit: config.limits.maxBodyBytes,
    trustProxy: config.trustProxy,
    // longer than a load balancer's idle timeout (60 s), so it closes connections first
    keepAliveTimeout: 72_000,
    forceCloseConnections: 'idle',
    // one access-log line per request instead (logAccess)
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
  });
  app.removeContentTypeParser('text/plain'); // JSON only: anything else is a 415
  const metrics = createServerMetrics();
  const redis = config.storage.redisUrl
    ? await createRedisConnection({ url: config.storage.redisUrl, log: app.log })
    : undefined;
  const stores = await createCacheStores(config.storage);
  const audio = createAudioStore(stores);
  const speech = createSpeechService({
    config,
    stores,
    ...(options.engines ? { engines: options.engines } : {}),
  });
  const jobs = (options.jobQueue ?? createJobQueue)({
    config,
    speech,
    audio,
    metrics,
    log: app.log,
    redis,
  });
  const materializer = createStreamMaterializer({
    maxInputChars: config.limits.maxInputChars,
    maxPending: 8,
    onError: (error) => app.log.warn({ err: error }, 'storing streamed audio failed'),
  });
  const lifecycle = createLifecycle();
  const context: ServerContext = {
    config,
    speech,
    audio,
    jobs,
    metrics,
    materializer,
    lifecycle,
    redis,
  };
  observeSynthesisEvents({ metrics, speech });
  logSynthesisEvents({ speech, log: app.log });
  registerCollectedGauges({ metrics, jobs, speech });

  await registerGateway({ app, config, metrics, redis });
  installErrorHandlers(app);
  registerRoutes(app, context);
  registerLifecycleHooks({ app, context, stores });
  return app;
}
