import { PassThrough } from 'node:stream';
import type { EngineInput } from '@ttskit/core';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/load-config';
import { createWorkerApp } from '../../src/worker/create-worker-app';

export type TestWorker = {
  app: FastifyInstance;
  /** `http://127.0.0.1:<port>`: `/healthz`, `/readyz`, `/metrics`. */
  url: string;
  logs(): string;
  /** Whether it logged `message` for job `id`. */
  logged(id: string, message: string): boolean;
  close(): Promise<void>;
};

/**
 * A BullMQ job worker in this process (`createWorkerApp`), its HTTP server
 * on a free 127.0.0.1 port. `env` must name `REDIS_URL` and the shared
 * durable tier (`CACHE_DIR` or S3) the API uses.
 */
export async function startTestWorker(options: {
  env: Record<string, string>;
  engines?: Record<string, EngineInput>;
}): Promise<TestWorker> {
  const config = loadConfig({
    WARM_UP: 'false',
    LOG_LEVEL: 'info',
    JOB_QUEUE: 'bullmq',
    ...options.env,
  });
  const destination = new PassThrough();
  let logged = '';
  destination.on('data', (chunk: Buffer) => {
    logged += chunk.toString('utf8');
  });
  const app = await createWorkerApp(config, {
    logDestination: destination,
    ...(options.engines ? { engines: options.engines } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let closed = false;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    logs: () => logged,
    logged: (id, message) =>
      logged
        .split('\n')
        .some(
          (line) => line.includes(`"job":"${id}"`) && line.includes(`"msg":"${message}"`),
        ),
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
    },
  };
}
