import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { EngineInput } from '@ttskit/core';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/load-config';
import { type CreateServerOptions, createServer } from '../../src/create-server';

export type TestServer = {
  app: FastifyInstance;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Everything logged so far (JSON lines). */
  logs(): string;
  /** Stops the server and removes its cache directory. */
  close(): Promise<void>;
};

/**
 * A server on a free 127.0.0.1 port with its own cache directory, no rate
 * limit, no warm-up and silent logs unless `env` says otherwise.
 */
export async function startTestServer(
  options: {
    env?: Record<string, string>;
    engines?: Record<string, EngineInput>;
    jobQueue?: CreateServerOptions['jobQueue'];
  } = {},
): Promise<TestServer> {
  const directory = await mkdtemp(join(tmpdir(), 'ttskit-server-test-'));
  const config = loadConfig({
    CACHE_DIR: directory,
    WARM_UP: 'false',
    RATE_LIMIT_PER_SECOND: '0',
    LOG_LEVEL: 'info',
    ...options.env,
  });
  const destination = new PassThrough();
  let logged = '';
  destination.on('data', (chunk: Buffer) => {
    logged += chunk.toString('utf8');
  });
  const app = await createServer(config, {
    logDestination: destination,
    ...(options.engines ? { engines: options.engines } : {}),
    ...(options.jobQueue ? { jobQueue: options.jobQueue } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let closed = false;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    logs: () => logged,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** POSTs JSON (or a raw string) and returns the response. */
export function postJson(options: {
  url: string;
  body: unknown;
  headers?: Record<string, string>;
}): Promise<Response> {
  return fetch(options.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
}

/** The error object of an error answer. */
export type ErrorBody = {
  type: string;
  code: string;
  message: string;
  param?: string;
  line?: number;
  column?: number;
  snippet?: string;
  requestId: string;
};

export async function errorOf(response: Response): Promise<ErrorBody> {
  return ((await response.json()) as { error: ErrorBody }).error;
}

/** A JSON body, typed by the caller. */
export async function jsonOf<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
