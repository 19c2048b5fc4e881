import { EngineCallError } from '@ttskit/core/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSpeechify, startFakeSpeechify } from './fake-speechify-server';
import { engineFor, rejectionOf, textCall } from './helpers';

let fake: FakeSpeechify;
beforeAll(async () => {
  fake = await startFakeSpeechify();
});
afterAll(() => fake.close());

function envelope(code: string, message: string) {
  return { error: { code, message }, request_id: 'req-42' };
}

async function failure(reply: Parameters<FakeSpeechify['script']>[0]) {
  fake.script(reply);
  const error = await rejectionOf(
    engineFor(fake)('george').doSynthesize(textCall('Hi.')),
  );
  expect(EngineCallError.isInstance(error), String(error)).toBe(true);
  return error as EngineCallError;
}

describe('HTTP errors become EngineCallError', () => {
  it('400: not retryable, with Speechify code, message, fields and request id', async () => {
    const error = await failure({
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'Invalid request',
          fields: { voice_id: 'unknown voice' },
        },
        request_id: 'req-42',
      },
    });
    expect(error.statusCode).toBe(400);
    expect(error.isRetryable).toBe(false);
    expect(error.engine).toBe('speechify');
    expect(error.url).toBe(`${fake.baseURL}/v1/audio/speech`);
    expect(error.message).toBe(
      '[ttskit] [engine-speechify] HTTP 400 validation_failed: Invalid request; voice_id: unknown voice [request req-42]',
    );
    expect(error.responseBody).toContain('validation_failed');
  });

  it('400 in the first API version shape ({ error: "..." })', async () => {
    const error = await failure({ status: 400, body: { error: 'input is too long' } });
    expect(error.message).toContain('HTTP 400: input is too long');
    expect(error.isRetryable).toBe(false);
  });

  it('401 from a wrong key: not retryable, says where the key comes from', async () => {
    const engine = engineFor(fake, { apiKey: 'wrong' })('george');
    const error = (await rejectionOf(
      engine.doSynthesize(textCall('Hi.')),
    )) as EngineCallError;
    expect(error.statusCode).toBe(401);
    expect(error.isRetryable).toBe(false);
    expect(error.message).toContain('unauthorized: Invalid API key');
    expect(error.message).toContain('SPEECHIFY_API_KEY');
  });

  it('403: not retryable', async () => {
    const error = await failure({
      status: 403,
      body: envelope('forbidden', 'No access'),
    });
    expect(error.statusCode).toBe(403);
    expect(error.isRetryable).toBe(false);
  });

  it('429 with Retry-After seconds: retryable, retryAfterMs set', async () => {
    const error = await failure({
      status: 429,
      body: envelope('rate_limited', 'Too many requests'),
      headers: { 'retry-after': '7' },
    });
    expect(error.statusCode).toBe(429);
    expect(error.isRetryable).toBe(true);
    expect(error.retryAfterMs).toBe(7000);
    expect(error.message).toContain('rate_limited');
  });

  it('429 with a Retry-After date, and concurrency exhaustion', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    const error = await failure({
      status: 429,
      body: envelope('concurrency_limit_reached', 'Too many in flight'),
      headers: { 'retry-after': at, 'ratelimit-remaining-calls': '0' },
    });
    expect(error.isRetryable).toBe(true);
    expect(error.retryAfterMs).toBeGreaterThan(25_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it('500 and 503: retryable; 503 honours Retry-After; an empty body is fine', async () => {
    const server = await failure({
      status: 500,
      body: envelope('internal_error', 'Boom'),
    });
    expect(server.isRetryable).toBe(true);
    expect(server.retryAfterMs).toBeUndefined();
    const unavailable = await failure({ status: 503, headers: { 'retry-after': '2' } });
    expect(unavailable.statusCode).toBe(503);
    expect(unavailable.isRetryable).toBe(true);
    expect(unavailable.retryAfterMs).toBe(2000);
    expect(unavailable.message).toContain('HTTP 503: Service Unavailable');
  });

  it('402 (no credits): not retryable, with a hint', async () => {
    const error = await failure({
      status: 402,
      body: envelope('payment_required', 'No credits'),
    });
    expect(error.isRetryable).toBe(false);
    expect(error.message).toContain('insufficient credits');
  });

  it('a 200 that is not JSON, or has no audio: not retryable', async () => {
    fake.script({ status: 200, body: { speech_marks: {} } });
    const missing = await rejectionOf(
      engineFor(fake)('george').doSynthesize(textCall('Hi.')),
    );
    expect((missing as EngineCallError).message).toContain('no audio_data');
    expect((missing as EngineCallError).isRetryable).toBe(false);
  });

  it('errors opening a stream reject doStream (so core can retry)', async () => {
    fake.script({
      status: 429,
      body: envelope('rate_limited', 'Slow down'),
      headers: { 'retry-after': '1' },
    });
    const engine = engineFor(fake)('george');
    const error = await rejectionOf(
      engine.doStream?.(textCall('Hi.')) ?? Promise.resolve(undefined),
    );
    expect((error as EngineCallError).statusCode).toBe(429);
    expect((error as EngineCallError).retryAfterMs).toBe(1000);
  });
});
