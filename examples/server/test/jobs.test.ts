import { EngineCallError } from '@ttskit/core';
import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobStatus } from '../src/jobs/job-queue';
import {
  errorOf,
  jsonOf,
  postJson,
  startTestServer,
  type TestServer,
} from './helpers/test-server';

describe('jobs (in-process queue)', () => {
  let server: TestServer;
  const failing = new MockEngine({
    engine: 'broken',
    doSynthesize: async () => {
      throw new EngineCallError({ message: 'down', engine: 'broken', statusCode: 400 });
    },
  });
  beforeAll(async () => {
    server = await startTestServer({
      env: { TTSKIT_API_KEYS: 'owner-key,other-key' },
      engines: { mock: new MockEngine({ delayMs: 50 }), broken: failing },
    });
  });
  afterAll(() => server.close());
  const as = (key: string) => ({ authorization: `Bearer ${key}` });
  const submit = (body: unknown, headers: Record<string, string> = {}) =>
    postJson({
      url: `${server.url}/v1/jobs`,
      body,
      headers: { ...as('owner-key'), ...headers },
    });
  const status = async (id: string, key = 'owner-key') =>
    fetch(`${server.url}/v1/jobs/${id}`, { headers: as(key) });
  const finished = async (id: string) => {
    let current: JobStatus | undefined;
    await expect
      .poll(
        async () => {
          current = await jsonOf<JobStatus>(await status(id));
          return current.state;
        },
        { timeout: 15_000, interval: 50 },
      )
      .toMatch(/completed|failed/);
    return current as JobStatus;
  };

  it('runs a job end to end: 202, status, audio URL and words', async () => {
    const text = 'A long document. '.repeat(50);
    const accepted = await submit({ text, format: 'wav' });
    expect(accepted.status).toBe(202);
    const { id, statusUrl } = await jsonOf<{ id: string; statusUrl: string }>(accepted);
    expect(accepted.headers.get('location')).toBe(statusUrl);
    const done = await finished(id);
    expect(done).toMatchObject({ state: 'completed', progress: 1 });
    expect(done.result?.words).toHaveLength(150);
    expect(done.result?.words?.[1]).toMatchObject({ text: 'long', sourceStart: 2 });
    expect(done.result).toMatchObject({
      wordCount: 150,
      wordsUrl: `/v1/jobs/${id}/words`,
    });
    const audio = await fetch(`${server.url}${done.result?.audioUrl}`, {
      headers: as('owner-key'),
    });
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/wav');
    expect((await audio.arrayBuffer()).byteLength).toBeGreaterThan(
      150 * 0.2 * 16_000 * 2,
    );
  });

  it('keeps a long job’s words out of its status, at wordsUrl instead', async () => {
    const accepted = await submit({ text: 'Many words here. '.repeat(700) });
    const { id } = await jsonOf<{ id: string }>(accepted);
    const done = await finished(id);
    expect(done.result).toMatchObject({
      wordCount: 2_100,
      wordsUrl: `/v1/jobs/${id}/words`,
    });
    expect(done.result?.words).toBeUndefined();
    const words = await fetch(`${server.url}${done.result?.wordsUrl}`, {
      headers: as('owner-key'),
    });
    expect(words.status).toBe(200);
    const timings = await jsonOf<{ words: Array<{ text: string; sourceStart: number }> }>(
      words,
    );
    expect(timings.words).toHaveLength(2_100);
    expect(timings.words[2_099]).toMatchObject({
      text: 'here',
      sourceStart: 17 * 699 + 11,
    });
    const other = await fetch(`${server.url}${done.result?.wordsUrl}`, {
      headers: as('other-key'),
    });
    expect(other.status).toBe(404);
  });

  it('reports a failed job with its error code', async () => {
    const accepted = await submit({ text: 'This will fail.', engine: 'broken' });
    const done = await finished((await jsonOf<{ id: string }>(accepted)).id);
    expect(done).toMatchObject({
      state: 'failed',
      error: { code: 'engine_call_failed' },
    });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/^ttskit_jobs_finished_total\{outcome="failed"\} [1-9]/m);
  });

  it('rejects bad input at submission, not as a failed job', async () => {
    const response = await submit({ ssml: '<speak>\n<break time="1s">\n</speak>' });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'invalid_ssml', line: 3 });
    expect((await submit({ text: 'a', engine: 'none' })).status).toBe(400);
  });

  it('is idempotent with Idempotency-Key and private to the key that submitted it', async () => {
    const headers = { 'idempotency-key': 'order-42' };
    const first = await jsonOf<{ id: string }>(await submit({ text: 'Once.' }, headers));
    const again = await submit({ text: 'Once.' }, headers);
    expect(again.status).toBe(200);
    expect((await jsonOf<{ id: string }>(again)).id).toBe(first.id);
    expect((await status(first.id, 'other-key')).status).toBe(404);
    expect((await status('no-such-job')).status).toBe(404);
    expect((await status('../../etc')).status).toBe(404);
  });
});
