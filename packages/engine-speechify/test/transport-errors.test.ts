import { createServer } from 'node:net';
import {
  AbortError,
  EngineCallError,
  InvalidArgumentError,
  LoadApiKeyError,
} from '@ttskit/core/spec';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSpeechifyEngine } from '../src/index';
import { type FakeSpeechify, startFakeSpeechify } from './fake-speechify-server';
import { engineFor, rejectionOf, textCall } from './helpers';

let fake: FakeSpeechify;
beforeAll(async () => {
  fake = await startFakeSpeechify();
});
afterAll(() => fake.close());
afterEach(() => vi.unstubAllEnvs());

async function failure(reply: Parameters<FakeSpeechify['script']>[0]) {
  fake.script(reply);
  const error = await rejectionOf(
    engineFor(fake)('george').doSynthesize(textCall('Hi.')),
  );
  expect(EngineCallError.isInstance(error), String(error)).toBe(true);
  return error as EngineCallError;
}

// socket-level timing on a loaded 2-core CI machine: one retry before a failure counts
describe('transport failures', { retry: 1 }, () => {
  it('a timeout: retryable EngineCallError naming the limit', async () => {
    fake.script({ hang: true });
    const engine = engineFor(fake, { timeoutMs: 150 })('george');
    const startedAt = Date.now();
    const error = (await rejectionOf(
      engine.doSynthesize(textCall('Hi.')),
    )) as EngineCallError;
    expect(EngineCallError.isInstance(error)).toBe(true);
    expect(error.isRetryable).toBe(true);
    expect(error.message).toContain('within 150 ms');
    expect(Date.now() - startedAt).toBeLessThan(2_000);
  });

  it('a refused connection: retryable EngineCallError', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const engine = createSpeechifyEngine({
      apiKey: 'k',
      baseURL: `http://127.0.0.1:${port}`,
    });
    const error = (await rejectionOf(
      engine('george').doSynthesize(textCall('Hi.')),
    )) as EngineCallError;
    expect(EngineCallError.isInstance(error)).toBe(true);
    expect(error.isRetryable).toBe(true);
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('a connection reset before the answer: retryable', async () => {
    const error = await failure({ destroy: true });
    expect(error.isRetryable).toBe(true);
    expect(error.statusCode).toBeUndefined();
  });

  it('an abort while waiting: AbortError, promptly', async () => {
    fake.script({ hang: true });
    const controller = new AbortController();
    const promise = engineFor(fake)('george').doSynthesize(
      textCall('Hi.', { abortSignal: controller.signal }),
    );
    setTimeout(() => controller.abort(), 20);
    const error = await rejectionOf(promise);
    expect(AbortError.isInstance(error)).toBe(true);
  });

  it('provider.dispose() aborts requests in flight; the provider stays usable', async () => {
    fake.script({ hang: true });
    const provider = engineFor(fake);
    const before = fake.requests.length;
    const promise = provider('george').doSynthesize(textCall('Hi.'));
    // dispose once the request is in flight (a loaded machine may take a while to send it)
    while (fake.requests.length === before)
      await new Promise((resolve) => setTimeout(resolve, 5));
    void provider.dispose();
    expect(AbortError.isInstance(await rejectionOf(promise))).toBe(true);
    const result = await provider('george').doSynthesize(textCall('Hi again.'));
    expect(result.audio.type).toBe('pcm');
  });
});

describe('settings', () => {
  it('a missing key is a LoadApiKeyError naming SPEECHIFY_API_KEY, at call time', async () => {
    vi.stubEnv('SPEECHIFY_API_KEY', '');
    const engine = createSpeechifyEngine({ baseURL: fake.baseURL })('george');
    const error = await rejectionOf(engine.doSynthesize(textCall('Hi.')));
    expect(LoadApiKeyError.isInstance(error)).toBe(true);
    expect((error as LoadApiKeyError).environmentVariableName).toBe('SPEECHIFY_API_KEY');
    expect((error as Error).message).toMatch(
      /^\[ttskit\] \[engine-speechify\] .*SPEECHIFY_API_KEY/,
    );
  });

  it('the key comes from SPEECHIFY_API_KEY when not passed', async () => {
    vi.stubEnv('SPEECHIFY_API_KEY', 'test-key');
    const engine = createSpeechifyEngine({ baseURL: fake.baseURL })('george');
    await expect(engine.doSynthesize(textCall('Hi.'))).resolves.toBeDefined();
  });

  it('bad settings and options throw InvalidArgumentError up front', async () => {
    const invalid = [
      () => createSpeechifyEngine({ baseURL: 'not a url' }),
      () => createSpeechifyEngine({ baseURL: 'ftp://example.com' }),
      () => createSpeechifyEngine({ timeoutMs: 0 }),
      () => createSpeechifyEngine({ emotion: 'grumpy' as never }),
      () => createSpeechifyEngine()(''),
    ];
    for (const create of invalid) {
      let caught: unknown;
      try {
        create();
      } catch (error) {
        caught = error;
      }
      expect(InvalidArgumentError.isInstance(caught), String(caught)).toBe(true);
    }
    const engine = engineFor(fake)('george');
    const typo = await rejectionOf(
      engine.doSynthesize(
        textCall('Hi.', { engineOptions: { speechify: { emotoin: 'sad' } } }),
      ),
    );
    expect((typo as InvalidArgumentError).argument).toBe(
      'engineOptions.speechify.emotoin',
    );
  });
});
