import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobStatus } from '../src/jobs/job-queue';
import { type LocalS3, startLocalS3 } from './helpers/local-s3';
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
import { startWorkerProcess, type WorkerProcess } from './helpers/worker-process';

function bookText(wordCount: number): string {
  const path = join(
    import.meta.dirname,
    '../../../../shared/corpus/books/the-time-machine.paragraphs.txt',
  );
  const words = readFileSync(path, 'utf8').split(/\s+/).filter(Boolean);
  return words.slice(200, 200 + wordCount).join(' ');
}

/**
 * The deployment of the README's "Jobs in another process": the API, worker
 * processes (`node dist/worker.js`, espeak), Redis and an S3 server, all
 * real, on loopback. Workers are killed and Redis restarted under them.
 */
describe.skipIf(!hasRedisServer())('worker processes under faults', () => {
  let redis: RedisProcess;
  let s3: LocalS3;
  let server: TestServer;
  const workers: WorkerProcess[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    [redis, s3] = await Promise.all([startRedisServer(), startLocalS3()]);
    env = {
      ...s3.env,
      REDIS_URL: redis.url,
      JOB_QUEUE: 'bullmq',
      JOB_QUEUE_NAME: 'faults-test',
      // a killed worker's job is retried after this: short, yet far above the event-loop
      // pauses of a loaded two-core machine (a 3,000-word job's stitching alone blocks 0.4 s)
      JOB_LOCK_MS: '10000',
      JOB_STALLED_INTERVAL_MS: '1000',
      JOB_BACKOFF_MS: '200',
      JOB_CONCURRENCY: '1',
      ESPEAK_WORKERS: '1',
      WARM_UP: 'false',
      LOG_LEVEL: 'info',
    };
    server = await startTestServer({ env });
    workers.push(
      ...(await Promise.all([startWorkerProcess(env), startWorkerProcess(env)])),
    );
  }, 60_000);
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop('SIGKILL')));
    await server?.close();
    await Promise.all([redis?.stop(), s3?.stop()]);
  });

  const submit = (body: unknown) => postJson({ url: `${server.url}/v1/jobs`, body });
  const submitted = async (body: unknown) => {
    const response = await submit(body);
    expect(response.status).toBe(202);
    return (await jsonOf<{ id: string }>(response)).id;
  };
  const statusOf = async (id: string) =>
    jsonOf<JobStatus>(await fetch(`${server.url}/v1/jobs/${id}`));
  const settled = async (id: string, timeout: number) => {
    let current: JobStatus | undefined;
    await expect
      .poll(
        async () => {
          current = await statusOf(id);
          return current.state;
        },
        { timeout, interval: 200 },
      )
      .toMatch(/completed|failed/);
    return current as JobStatus;
  };

  it('finishes a job on another worker when its worker is SIGKILLed mid-job; none is lost, audio stored once', async () => {
    const long = await submitted({ text: bookText(3_000) });
    const short = await Promise.all(
      ['First short job.', 'Second short job.', 'Third short job.'].map((text) =>
        submitted({ text }),
      ),
    );
    // the long job is under way (SYNTHESIS_CHUNK_MAX: in chunks): some done, most not
    await expect
      .poll(async () => (await statusOf(long)).progress, {
        timeout: 60_000,
        interval: 50,
      })
      .toBeGreaterThan(0.15);
    const victim = workers.find((worker) => worker.logged(long, 'job started'));
    expect(victim).toBeDefined();
    expect((await statusOf(long)).state).toBe('active');
    await victim?.stop('SIGKILL');
    const survivor = workers.find((worker) => worker !== victim) as WorkerProcess;

    const done = await settled(long, 90_000);
    expect(done.error).toBeUndefined();
    expect(done.state).toBe('completed');
    expect(survivor.logged(long, 'job completed')).toBe(true);
    for (const id of short) expect((await settled(id, 30_000)).state).toBe('completed');

    // every object (whole results and the long job's chunks) was written once
    // (the S3 tier names an object after the sha256 of its cache key)
    const object = createHash('sha256')
      .update(done.result?.key as string)
      .digest('hex');
    const written = [...s3.writes.entries()];
    expect(written.filter(([name]) => name.endsWith(object))).toEqual([
      [`ttskit/${object}`, 1],
    ]);
    expect(written.filter(([, count]) => count > 1)).toEqual([]);
    // the chunks the killed worker finished were not synthesized again: the survivor
    // called espeak fewer times than the long job has chunks plus the short jobs it ran
    const chunks = written.filter(([name]) => !name.endsWith('.json')).length - 4;
    const shortRuns = short.filter((id) => survivor.logged(id, 'job completed')).length;
    const metrics = await (await fetch(`${survivor.url}/metrics`)).text();
    const calls = Number(
      /^ttskit_engine_call_duration_seconds_count\{engine="espeak",outcome="ok"\} (\d+)/m.exec(
        metrics,
      )?.[1],
    );
    expect(chunks).toBeGreaterThan(5);
    expect(calls).toBeLessThan(chunks + shortRuns);
    expect(metrics).toMatch(
      /^ttskit_chunk_cache_lookups_total\{tier="s3",result="hit"\} [1-9]/m,
    );
    const audio = await fetch(`${server.url}${done.result?.audioUrl}`, {
      redirect: 'follow',
    });
    expect(audio.status).toBe(200);
    expect((await audio.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
  }, 180_000);

  it('recovers when Redis restarts under the API and the workers, without restarting them', async () => {
    const alive = workers.filter(
      (worker) => worker.child.exitCode === null && !worker.child.signalCode,
    );
    expect(alive.length).toBeGreaterThan(0);
    await redis.stop();
    // synchronous speech does not need Redis: its cache tier is skipped
    const speech = await postJson({
      url: `${server.url}/v1/speech`,
      body: { text: 'Redis is away.' },
    });
    expect(speech.status).toBe(200);
    const refused = await submit({ text: 'Queued while Redis is away.' });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    const ready = await jsonOf<{ status: string }>(await fetch(`${server.url}/readyz`));
    expect(ready.status).toBe('degraded');
    await expect
      .poll(async () => (await fetch(`${alive[0]?.url}/readyz`)).status, {
        timeout: 10_000,
      })
      .toBe(503);

    redis = await startRedisServer({ port: redis.port });
    let id = '';
    await expect
      .poll(
        async () => {
          const response = await submit({ text: 'Queued after Redis came back.' });
          if (response.status === 202) id = (await jsonOf<{ id: string }>(response)).id;
          return response.status;
        },
        { timeout: 20_000, interval: 250 },
      )
      .toBe(202);
    expect((await settled(id, 30_000)).state).toBe('completed');
    for (const worker of alive) {
      await expect
        .poll(async () => (await fetch(`${worker.url}/readyz`)).status, {
          timeout: 10_000,
        })
        .toBe(200);
      expect(worker.child.exitCode).toBeNull();
    }
  }, 120_000);
});
