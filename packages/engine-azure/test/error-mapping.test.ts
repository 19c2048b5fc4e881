import { AbortError, EngineCallError } from '@ttskit/core/spec';
import { describe, expect, it } from 'vitest';
import { createAzureEngine } from '../src/index';
import { FAKE_KEY } from './fake/fake-speech-service.mjs';
import { rejectionOf, textCall, useFakeService, VOICE, waitFor } from './helpers';

const fake = useFakeService();

async function failingCall(
  behaviour: Parameters<typeof Object.assign>[1],
  settings = {},
) {
  const service = await fake.service();
  Object.assign(service.behaviour, behaviour);
  const engine = (await fake.provider(settings))(VOICE);
  const before = service.upgrades.length;
  const error = await rejectionOf(engine.doSynthesize(textCall('This will fail.')));
  return { error, upgrades: service.upgrades.length - before, engine, service };
}

describe('error mapping', () => {
  it.each([
    [400, false],
    [401, false],
    [403, false],
    [500, true],
    [503, true],
  ])(
    'HTTP %i on the upgrade: statusCode parsed from "StatusCode: 1006 ...", retryable %s, one attempt',
    async (status, retryable) => {
      const { error, upgrades } = await failingCall({
        upgrade: { status, body: 'refused' },
      });
      expect(EngineCallError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({
        engine: 'azure',
        statusCode: status,
        isRetryable: retryable,
      });
      expect((error as Error).message).toMatch(
        /^\[ttskit\] \[engine-azure\] synthesis failed \(HTTP \d{3}/,
      );
      expect((error as EngineCallError).url).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/tts\/cognitiveservices\/websocket\/v1$/,
      );
      expect(upgrades).toBe(1);
    },
  );

  it('HTTP 429 with Retry-After: retryable 429 (the SDK drops the upgrade response, so no retryAfterMs)', async () => {
    const { error, upgrades } = await failingCall({
      upgrade: {
        status: 429,
        headers: { 'Retry-After': '7' },
        body: 'Too many requests',
      },
    });
    expect(error).toMatchObject({
      statusCode: 429,
      isRetryable: true,
      retryAfterMs: undefined,
    });
    expect(upgrades).toBe(1);
  });

  it('a wrong key is a 401 from the service', async () => {
    const service = await fake.service();
    const engine = createAzureEngine({ apiKey: 'wrong', baseURL: service.url })(VOICE);
    const error = await rejectionOf(engine.doSynthesize(textCall('Key?')));
    expect(error).toMatchObject({ statusCode: 401, isRetryable: false });
  });

  it('a silent service times out after timeoutMs and the websocket is closed', async () => {
    const startedAt = Date.now();
    const { error, service } = await failingCall({ turn: 'silent' }, { timeoutMs: 300 });
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(error).toMatchObject({ isRetryable: true, statusCode: undefined });
    expect((error as Error).message).toContain('sent nothing for 300 ms');
    const socket = service.connections.at(-1)?.socket;
    await waitFor(() => socket?.readyState === socket?.CLOSED);
  });

  it('a refused connection is a retryable EngineCallError', async () => {
    const engine = createAzureEngine({ apiKey: FAKE_KEY, baseURL: 'http://127.0.0.1:1' })(
      VOICE,
    );
    const error = await rejectionOf(engine.doSynthesize(textCall('Nobody home.')));
    expect(EngineCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ isRetryable: true, statusCode: undefined });
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  it('close 1007 mid-synthesis (bad request) is not retryable; 1011 (server error) is', async () => {
    const bad = await failingCall({ turn: { closeCode: 1007, reason: 'Invalid SSML' } });
    expect(bad.error).toMatchObject({ isRetryable: false });
    expect((bad.error as Error).message).toContain(
      'Invalid SSML websocket error code: 1007',
    );
    const server = await failingCall({
      turn: { closeCode: 1011, reason: 'Internal error' },
    });
    expect(server.error).toMatchObject({ isRetryable: true });
  });

  it('after a failure the next call opens a fresh websocket and succeeds', async () => {
    const { engine, service } = await failingCall({ turn: 'silent' }, { timeoutMs: 200 });
    service.behaviour.turn = 'speak';
    const before = service.upgrades.length;
    const result = await engine.doSynthesize(textCall('Back again.'));
    expect(result.words.map((word) => word.text)).toEqual(['Back', 'again']);
    expect(service.upgrades.length - before).toBe(1);
  });

  it('aborting mid-synthesis rejects with AbortError and closes the websocket', async () => {
    const service = await fake.service();
    service.behaviour.frameDelayMs = 5;
    const engine = (await fake.provider())(VOICE);
    const controller = new AbortController();
    const promise = engine.doSynthesize(
      textCall('A long text that keeps the fake busy for a while.', {
        abortSignal: controller.signal,
      }),
    );
    await waitFor(() => service.turns.length > 0 && service.connections.length > 0);
    controller.abort();
    const error = await rejectionOf(promise);
    expect(AbortError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/^\[ttskit\] \[engine-azure\]/);
    const socket = service.connections.at(-1)?.socket;
    await waitFor(() => socket?.readyState === socket?.CLOSED);
  });
});
