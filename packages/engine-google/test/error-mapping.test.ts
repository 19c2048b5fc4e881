import { AbortError, EngineCallError, NoAudioGeneratedError } from '@ttskit/core/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorReplies } from './support/error-replies';
import {
  closedPort,
  type GoogleFake,
  startGoogleFake,
} from './support/google-fake-server';
import { fakeProvider, rejectionOf, textCall } from './support/test-engine';

let fake: GoogleFake;

beforeAll(async () => {
  fake = await startGoogleFake({
    respond: (request) => {
      const text = (request.body as { input?: { text?: string } } | undefined)?.input
        ?.text;
      return text === undefined ? undefined : errorReplies.get(text);
    },
  });
});
afterAll(() => fake.close());

async function failureOf(text: string, settings = {}): Promise<EngineCallError> {
  const engine = fakeProvider(fake, settings)('en-US-Neural2-F');
  const error = await rejectionOf(engine.doSynthesize(textCall(text)));
  expect(
    EngineCallError.isInstance(error),
    `expected EngineCallError, got ${String(error)}`,
  ).toBe(true);
  return error as EngineCallError;
}

describe('error mapping', () => {
  it.each([
    ['bad request', 400, false, /400 INVALID_ARGUMENT: Invalid SSML\./],
    ['unauthenticated', 401, false, /401 UNAUTHENTICATED: .*Check the API key/],
    ['forbidden', 403, false, /403 PERMISSION_DENIED: .*API is enabled/],
    ['internal', 500, true, /500 INTERNAL/],
    ['unavailable', 503, true, /503 UNAVAILABLE/],
    ['deadline', 504, true, /504 DEADLINE_EXCEEDED/],
    ['not implemented', 501, false, /501 UNIMPLEMENTED/],
    ['html', 502, true, /502: <html>Bad Gateway<\/html>/],
  ])('%s → %i, retryable %s', async (text, statusCode, isRetryable, message) => {
    const error = await failureOf(text);
    expect(error).toMatchObject({
      engine: 'google',
      statusCode,
      isRetryable,
      retryAfterMs: undefined,
    });
    expect(error.message).toMatch(
      /^\[ttskit\] \[engine-google\] Google Text-to-Speech answered /,
    );
    expect(error.message).toMatch(message);
    expect(error.url).toBe(`${fake.url}/v1/text:synthesize`);
    expect(error.responseBody).toContain(statusCode === 502 ? 'Bad Gateway' : '"error"');
  });

  it('429 is retryable and carries Retry-After in ms', async () => {
    const error = await failureOf('throttled');
    expect(error).toMatchObject({
      statusCode: 429,
      isRetryable: true,
      retryAfterMs: 7_000,
    });
  });

  it('429 without Retry-After takes the wait from google.rpc.RetryInfo', async () => {
    const error = await failureOf('retry info');
    expect(error).toMatchObject({
      statusCode: 429,
      isRetryable: true,
      retryAfterMs: 1_500,
    });
  });

  it('a request that takes longer than timeoutMs fails, retryable, at the timeout', async () => {
    const startedAt = Date.now();
    const error = await failureOf('hang', { timeoutMs: 300 });
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(error).toMatchObject({ isRetryable: true, statusCode: undefined });
    expect(error.message).toMatch(/did not answer within 300 ms/);
  });

  it('a refused connection is retryable and names the cause', async () => {
    const port = await closedPort();
    const error = await failureOf('anything', { baseURL: `http://127.0.0.1:${port}` });
    expect(error).toMatchObject({ isRetryable: true, statusCode: undefined });
    expect(error.message).toMatch(/could not reach Google Text-to-Speech .*ECONNREFUSED/);
  });

  it('a dropped connection is retryable', async () => {
    const error = await failureOf('drop');
    expect(error.isRetryable).toBe(true);
  });

  it('a body that is not JSON is not retryable', async () => {
    const error = await failureOf('not json');
    expect(error).toMatchObject({ statusCode: 200, isRetryable: false });
  });

  it('an answer without audio is NoAudioGeneratedError', async () => {
    const engine = fakeProvider(fake)('en-US-Neural2-F');
    const error = await rejectionOf(engine.doSynthesize(textCall('no audio')));
    expect(NoAudioGeneratedError.isInstance(error)).toBe(true);
  });

  it('an abort during the request is AbortError, not a timeout', async () => {
    const engine = fakeProvider(fake)('en-US-Neural2-F');
    const controller = new AbortController();
    const promise = engine.doSynthesize(
      textCall('hang', { abortSignal: controller.signal }),
    );
    setTimeout(() => controller.abort(), 50);
    const error = await rejectionOf(promise);
    expect(AbortError.isInstance(error)).toBe(true);
  });
});
