import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { AbortError, EngineCallError } from '@ttskit/core/spec';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakePollyServer, startFakePolly } from './fake-polly/fake-polly-server';
import { pollyError } from './fake-polly/fake-polly-speech';
import { pollyForFake, rejectionOf, ssmlCall } from './helpers';

let fake: FakePollyServer;
let polly: ReturnType<typeof pollyForFake>;
beforeAll(async () => {
  fake = await startFakePolly();
  // long enough for a loaded CI machine, short enough for the timeout tests
  polly = pollyForFake(fake, { timeoutMs: 1_500 });
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.override(undefined);
});
afterAll(async () => {
  await polly.dispose();
  await fake.close();
});

const input = '<speak>Hello world.</speak>';

async function failure(): Promise<EngineCallError> {
  const error = await rejectionOf(polly('Joanna').doSynthesize(ssmlCall(input)));
  expect(
    EngineCallError.isInstance(error),
    `expected EngineCallError, got ${String(error)}`,
  ).toBe(true);
  return error as EngineCallError;
}

describe('error mapping', () => {
  const cases = [
    { status: 400, type: 'InvalidSsmlException', retryable: false },
    { status: 400, type: 'ThrottlingException', retryable: true },
    { status: 400, type: 'TextLengthExceededException', retryable: false },
    { status: 401, type: 'MissingAuthenticationTokenException', retryable: false },
    { status: 403, type: 'UnrecognizedClientException', retryable: false },
    { status: 500, type: 'ServiceFailureException', retryable: true },
    { status: 503, type: 'ServiceUnavailableException', retryable: true },
  ];
  for (const { status, type, retryable } of cases) {
    it(`${status} ${type} → isRetryable ${retryable}`, async () => {
      fake.override(() => pollyError({ status, type, message: `fake ${type}` }));
      const error = await failure();
      expect(error.statusCode).toBe(status);
      expect(error.isRetryable).toBe(retryable);
      expect(error.engine).toBe('polly');
      expect(error.retryAfterMs).toBeUndefined();
      expect(error.message).toMatch(
        new RegExp(
          `^\\[ttskit\\] \\[engine-polly\\] Polly SynthesizeSpeech failed with ${status} ${type}: fake ${type} \\(request id fake-\\d+\\)$`,
        ),
      );
      // one attempt per request: no SDK retries hidden behind the error
      expect(
        fake.requests.every(
          (request) => request.headers['amz-sdk-request'] === 'attempt=1; max=1',
        ),
      ).toBe(true);
      expect(fake.requests).toHaveLength(2);
    });
  }

  it('429 with Retry-After in seconds → retryable, retryAfterMs', async () => {
    fake.override(() =>
      pollyError({
        status: 429,
        type: 'TooManyRequestsException',
        message: 'slow down',
        headers: { 'retry-after': '3' },
      }),
    );
    const error = await failure();
    expect(error).toMatchObject({
      statusCode: 429,
      isRetryable: true,
      retryAfterMs: 3000,
    });
  });

  it('429 with Retry-After as an HTTP date', async () => {
    const later = new Date(Date.now() + 10_000).toUTCString();
    fake.override(() =>
      pollyError({
        status: 429,
        type: 'ThrottlingException',
        message: 'slow down',
        headers: { 'retry-after': later },
      }),
    );
    const error = await failure();
    expect(error.retryAfterMs).toBeGreaterThan(7_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(10_000);
  });

  it('a speech-marks failure fails the call even when the audio succeeds', async () => {
    fake.override((request) =>
      request.json?.OutputFormat === 'json'
        ? pollyError({
            status: 503,
            type: 'ServiceUnavailableException',
            message: 'marks down',
          })
        : undefined,
    );
    const error = await failure();
    expect(error).toMatchObject({ statusCode: 503, isRetryable: true });
  });

  it('a server that never answers → retryable timeout after settings.timeoutMs', async () => {
    fake.override(() => ({ hang: true }));
    const startedAt = Date.now();
    const error = await failure();
    expect(Date.now() - startedAt).toBeLessThan(8_000);
    expect(error.isRetryable).toBe(true);
    expect(error.statusCode).toBeUndefined();
    expect(error.message).toBe(
      '[ttskit] [engine-polly] Polly SynthesizeSpeech timed out after 1500 ms (settings.timeoutMs)',
    );
  });

  it('a body that stalls midway also times out', async () => {
    fake.chunking.delayMs = 5_000;
    try {
      const error = await failure();
      expect(error.message).toMatch(/timed out after 1500 ms/);
      expect(error.isRetryable).toBe(true);
    } finally {
      fake.chunking.delayMs = 1;
    }
  });

  it('a reset stream → retryable network error', async () => {
    fake.override(() => ({ reset: true }));
    const error = await failure();
    expect(error.isRetryable).toBe(true);
    expect(error.statusCode).toBeUndefined();
  });

  it('a refused connection → retryable, naming the cause', async () => {
    const closed = http2.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = pollyForFake(fake, { baseURL: `http://127.0.0.1:${port}` });
    const error = await rejectionOf(refused('Joanna').doSynthesize(ssmlCall(input)));
    await refused.dispose();
    expect(EngineCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ isRetryable: true, statusCode: undefined });
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
  });

  it('an abort from the caller → AbortError, not an engine error', async () => {
    fake.override(() => ({ hang: true }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await rejectionOf(
      polly('Joanna').doSynthesize(ssmlCall(input, { abortSignal: controller.signal })),
    );
    expect(AbortError.isInstance(error)).toBe(true);
  });

  it('voices() maps errors the same way', async () => {
    fake.override(() =>
      pollyError({
        status: 403,
        type: 'UnrecognizedClientException',
        message: 'bad key',
      }),
    );
    const error = await rejectionOf(polly.voices());
    expect(error).toMatchObject({ statusCode: 403, isRetryable: false });
    expect((error as Error).message).toMatch(
      /^\[ttskit\] \[engine-polly\] Polly DescribeVoices failed with 403/,
    );
  });
});
