import { ConfigError, loadConfig } from './config/load-config';
import { installGracefulShutdown } from './lifecycle/graceful-shutdown';
import { createWorkerApp, WorkerConfigError } from './worker/create-worker-app';

/**
 * `npm run worker`: a job worker process for the BullMQ queue (`REDIS_URL`).
 * Run as many as you like, on this machine or others: they share the queue
 * and, through the cache tiers (Redis, S3), the audio. SIGTERM lets the
 * running jobs finish.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createWorkerApp(config);
  installGracefulShutdown({ app, timeoutMs: config.shutdownTimeoutMs });
  await app.listen({ host: config.host, port: config.worker.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.worker.port;
  app.log.info(
    { port, queue: config.jobs.queueName, concurrency: config.jobs.concurrency },
    'worker started',
  );
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof WorkerConfigError;
  process.stderr.write(`${known ? (error as Error).message : String(error)}\n`);
  if (!known && error instanceof Error && error.stack) {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exit(1);
});
