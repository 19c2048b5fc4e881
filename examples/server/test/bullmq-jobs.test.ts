import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EngineCallError, type EngineV1CallOptions } from '@ttskit/core';
import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobStatus } from '../src/jobs/job-queue';
import {
  hasRedisServer,
  type RedisProcess,
  startRedisServer,
} from './helpers/redis-server';
import {
  jsonOf,
  postJson,
  startTestServer,
  type TestServer,
} from './helpers/test-server';
import { startTestWorker, type TestWorker } from './helpers/test-worker';

/** An engine that fails with a retryable 503 while `failing` is set. */
function switchableEngine() {
  const healthy = new MockEngine({ engine: 'flaky', delayMs: 20 });
  const state = { failing: false, calls: 0 };
  const engine = new MockEngine({
    engine: 'flaky',
    doSynthesize: async (options: EngineV1CallOptions) => {
      state.calls++;
      if (state.failing)
        throw new EngineCallError({ message: 'busy', engine: 'flaky', statusCode: 503 });
      return healthy.doSynthesize(options);
    },
  });
  return { engine, state };
}

describe.skipIf(!hasRedisServer())('jobs through BullMQ (Redis, worker apps)', () => {
  let redis: RedisProcess;
  let server: TestServer;
  let workers: TestWorker[] = [];
  let cacheDirectory: string;
  const mock = new MockEngine({ delayMs: 150 });
  const flaky = switchableEngine();
  const broken = new MockEngine({
    engine: 'broken',
    doSynthesize: async () => {
      throw new EngineCallError({
        message: 'bad voice',
        engine: 'broken',
        statusCode: 400,
      });
    },
  });
  let openGate: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    openGate = resolve;
  });
  const gated = new MockEngine({
    engine: 'gated',
    doSynthesize: async (options) => {
      await gate;
      return new MockEngine({ engine: 'gated' }).doSynthesize(options);
    },
  });
  const engines = { mock, flaky: flaky.engine, broken, gated };
  let env: Record<string, string>;

  beforeAll(async () => {
    redis = await startRedisServer();
    cacheDirectory = await mkdtemp(join(tmpdir(), 'ttskit-bullmq-test-'));
    env = {
      REDIS_URL: redis.url,
      JOB_QUEUE: 'bullmq',
      JOB_QUEUE_NAME: 'bullmq-test',
      CACHE_DIR: cacheDirectory,
      JOB_ATTEMPTS: '3',
      JOB_BACKOFF_MS: '200',
      JOB_LOCK_MS: '2000',
      JOB_STALLED_INTERVAL_MS: '1000',
      JOB_CONCURRENCY: '2',
      TTSKIT_API_KEYS: 'owner-key',
    };
    server = await startTestServer({ env, engines });
    workers = await Promise.all([
      startTestWorker({ env, engines }),
      startTestWorker({ env, engines }),
    ]);
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.close()));
    await server?.close();
    await redis?.stop();
    await rm(cacheDirectory, { recursive: true, force: true });
  });

  const headers = { authorization: 'Bearer owner-key' };
  const submit = (body: unknown, extra: Record<string, string> = {}) =>
    postJson({ url: `${server.url}/v1/jobs`, body, headers: { ...headers, ...extra } });
  const statusOf = async (id: string) =>
    jsonOf<JobStatus>(await fetch(`${server.url}/v1/jobs/${id}`, { headers }));
  const finished = async (id: string, timeout = 20_000) => {
    let current: JobStatus | undefined;
    await expect
      .poll(
        async () => {
          current = await statusOf(id);
          return current.state;
        },
        { timeout, interval: 100 },
      )
      .toMatch(/completed|failed/);
    return current as JobStatus;
  };
  const submitted = async (body: unknown, extra: Record<string, string> = {}) => {
    const response = await submit(body, extra);
    expect(response.status).toBe(202);
    return (await jsonOf<{ id: string }>(response)).id;
  };

  it('runs a job in a worker: status, progress, result and audio served by the API', async () => {
    const ready = await fetch(`${workers[0]?.url}/readyz`);
    expect(ready.status).toBe(200);
    const id = await submitted({ text: 'A job for a worker process. '.repeat(20) });
    const done = await finished(id);
    expect(done).toMatchObject({ state: 'completed', progress: 1, attempts: 1 });
    expect(done.result?.words).toHaveLength(120);
    const audio = await fetch(`${server.url}${done.result?.audioUrl}`, { headers });
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/wav');
    expect((await audio.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
    const served = workers.filter((worker) => worker.logs().includes(`"job":"${id}"`));
    expect(served).toHaveLength(1);
    const api = await (await fetch(`${server.url}/metrics`)).text();
    expect(api).toMatch(/^ttskit_jobs\{state="completed"\} [1-9]/m);
    const worker = await (await fetch(`${served[0]?.url}/metrics`)).text();
    expect(worker).toMatch(/^ttskit_jobs_finished_total\{outcome="completed"\} [1-9]/m);
    expect(worker).toMatch(/^ttskit_worker_concurrency 2$/m);
    expect(worker).toMatch(
      /^ttskit_engine_call_duration_seconds_count\{.*engine="mock"/m,
    );
  });

  it('stores a long job’s words beside the job in Redis, served at wordsUrl', async () => {
    const id = await submitted({ text: 'Counted words. '.repeat(1_100) });
    const done = await finished(id);
    expect(done.result).toMatchObject({
      wordCount: 2_200,
      wordsUrl: `/v1/jobs/${id}/words`,
    });
    expect(done.result?.words).toBeUndefined();
    const timings = await jsonOf<{ words: unknown[]; marks: unknown[] }>(
      await fetch(`${server.url}/v1/jobs/${id}/words`, { headers }),
    );
    expect(timings.words).toHaveLength(2_200);
    expect(timings.marks).toEqual([]);
  });

  it('retries a failing job with backoff, showing the last error while it waits', async () => {
    flaky.state.failing = true;
    const id = await submitted({ text: 'Flaky at first.', engine: 'flaky' });
    let waiting: JobStatus | undefined;
    await expect
      .poll(
        async () => {
          waiting = await statusOf(id);
          return (waiting.attempts ?? 0) >= 1 && waiting.state === 'waiting';
        },
        { timeout: 15_000, interval: 50 },
      )
      .toBe(true);
    expect(waiting?.error).toMatchObject({ retryable: true });
    flaky.state.failing = false;
    const done = await finished(id);
    expect(done.state).toBe('completed');
    expect(done.attempts).toBeGreaterThanOrEqual(2);
    expect(done.error).toBeUndefined();
  });

  it('fails at once, without retries, when a retry cannot help; keeps it in the failed set', async () => {
    const before = await (await fetch(`${server.url}/metrics`)).text();
    const failedBefore = Number(
      /^ttskit_jobs\{state="failed"\} (\d+)/m.exec(before)?.[1] ?? 0,
    );
    const id = await submitted({ text: 'Never works.', engine: 'broken' });
    const done = await finished(id);
    expect(done).toMatchObject({
      state: 'failed',
      attempts: 1,
      error: { code: 'engine_call_failed', retryable: false },
    });
    expect(done.finishedAt).toBeDefined();
    const after = await (await fetch(`${server.url}/metrics`)).text();
    expect(after).toMatch(
      new RegExp(`^ttskit_jobs\\{state="failed"\\} ${failedBefore + 1}$`, 'm'),
    );
  });

  it('gives up after JOB_ATTEMPTS retryable failures', async () => {
    flaky.state.failing = true;
    try {
      const id = await submitted({ text: 'Always busy.', engine: 'flaky' });
      const done = await finished(id);
      expect(done).toMatchObject({
        state: 'failed',
        attempts: 3,
        error: { retryable: true },
      });
    } finally {
      flaky.state.failing = false;
    }
  });

  it('never shows a completed job without its result, however often it is read', async () => {
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        submitted({ text: `Read while finishing, ${index}.` }),
      ),
    );
    const incomplete: string[] = [];
    const pending = new Set(ids);
    const deadline = Date.now() + 20_000;
    while (pending.size > 0 && Date.now() < deadline) {
      await Promise.all(
        [...pending].map(async (id) => {
          const status = await statusOf(id);
          if (status.state !== 'completed') return;
          if (!status.result || !status.finishedAt) incomplete.push(id);
          pending.delete(id);
        }),
      );
    }
    expect(pending.size).toBe(0);
    expect(incomplete).toEqual([]);
  });

  it('adds a job once per Idempotency-Key', async () => {
    const body = { text: 'Submitted twice.' };
    const first = await submit(body, { 'idempotency-key': 'order-42' });
    const second = await submit(body, { 'idempotency-key': 'order-42' });
    expect(first.status).toBe(202);
    expect(second.status).toBe(200);
    const [a, b] = await Promise.all([
      jsonOf<{ id: string }>(first),
      jsonOf<{ id: string }>(second),
    ]);
    expect(b.id).toBe(a.id);
    expect((await finished(a.id)).state).toBe('completed');
  });

  it('produces the same content once when several jobs carry it at the same time', async () => {
    const callsBefore = mock.calls.length;
    const text = 'The same words, submitted by four jobs at once.';
    const ids = await Promise.all(Array.from({ length: 4 }, () => submitted({ text })));
    expect(new Set(ids).size).toBe(4);
    const results = await Promise.all(ids.map((id) => finished(id)));
    expect(results.map((result) => result.state)).toEqual(Array(4).fill('completed'));
    expect(new Set(results.map((result) => result.result?.key)).size).toBe(1);
    // two worker processes, two jobs each at once: the content lock lets one engine call through
    expect(mock.calls.length - callsBefore).toBe(1);
    expect(results.filter((result) => result.result?.cached === false)).toHaveLength(1);
  });

  it('lets a running job finish when its worker shuts down (SIGTERM drain)', async () => {
    const id = await submitted({ text: 'Drained, not dropped.', engine: 'gated' });
    let running: TestWorker | undefined;
    await expect
      .poll(
        () => {
          running = workers.find((worker) => worker.logged(id, 'job started'));
          return running !== undefined;
        },
        { timeout: 10_000, interval: 20 },
      )
      .toBe(true);
    let closed = false;
    const closing = running?.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(closed).toBe(false); // waiting for the job, which the engine still holds
    openGate();
    await closing;
    expect(await statusOf(id)).toMatchObject({ state: 'completed', attempts: 1 });
    expect(running?.logged(id, 'job completed')).toBe(true);
  });
});
