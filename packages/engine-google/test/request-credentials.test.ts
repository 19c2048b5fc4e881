import {
  EngineCallError,
  InvalidArgumentError,
  LoadApiKeyError,
} from '@ttskit/core/spec';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type GoogleFake, startGoogleFake } from './support/google-fake-server';
import {
  fakeProvider,
  rejectionOf,
  synthesizeRequests,
  textCall,
} from './support/test-engine';

let fake: GoogleFake;
beforeAll(async () => {
  fake = await startGoogleFake();
});
afterAll(() => fake.close());
afterEach(() => {
  fake.requests.length = 0;
  vi.unstubAllEnvs();
});

function lastRequest() {
  const request = synthesizeRequests(fake).at(-1);
  if (!request) throw new Error('no request reached the fake');
  return request;
}

describe('headers and credentials', () => {
  it('applies settings headers, then per-call headers', async () => {
    const engine = fakeProvider(fake, {
      headers: { 'x-proxy': 'a', 'x-both': 'settings' },
    })('en-US-Neural2-F');
    await engine.doSynthesize(textCall('Headers.', { headers: { 'x-both': 'call' } }));
    expect(lastRequest().headers).toMatchObject({ 'x-proxy': 'a', 'x-both': 'call' });
  });

  it('sends an access token as a bearer token with the quota project', async () => {
    const engine = fakeProvider(fake, {
      apiKey: undefined,
      accessToken: async () => 'token-1',
      projectId: 'my-project',
    })('en-US-Neural2-F');
    await engine.doSynthesize(textCall('Token.'));
    expect(lastRequest().headers).toMatchObject({
      authorization: 'Bearer token-1',
      'x-goog-user-project': 'my-project',
    });
    expect(lastRequest().headers['x-goog-api-key']).toBeUndefined();
  });

  it('uses an injected fetch, and credentials given as headers', async () => {
    const seen: string[] = [];
    const engine = fakeProvider(fake, {
      apiKey: undefined,
      headers: { 'X-Goog-Api-Key': 'test-key' },
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    })('en-US-Neural2-F');
    vi.stubEnv('GOOGLE_API_KEY', '');
    await engine.doSynthesize(textCall('Injected.'));
    expect(seen).toEqual([`${fake.url}/v1/text:synthesize`]);
    expect(lastRequest().headers['x-goog-api-key']).toBe('test-key');
  });

  it('names GOOGLE_APPLICATION_CREDENTIALS, which it does not read, when it is set', async () => {
    vi.stubEnv('GOOGLE_API_KEY', '');
    vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', '/tmp/service-account.json');
    const engine = fakeProvider(fake, { apiKey: undefined })('en-US-Neural2-F');
    const error = await rejectionOf(engine.doSynthesize(textCall('No key.')));
    expect(LoadApiKeyError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /GOOGLE_APPLICATION_CREDENTIALS is set.*accessToken/,
    );
    const emptyToken = fakeProvider(fake, { accessToken: async () => '' })(
      'en-US-Neural2-F',
    );
    expect(
      LoadApiKeyError.isInstance(
        await rejectionOf(emptyToken.doSynthesize(textCall('x'))),
      ),
    ).toBe(true);
    expect(fake.requests).toHaveLength(0);
  });

  it('turns a failing token source into a retryable EngineCallError', async () => {
    const engine = fakeProvider(fake, {
      accessToken: async () => {
        throw new Error('token endpoint down');
      },
    })('en-US-Neural2-F');
    const error = await rejectionOf(engine.doSynthesize(textCall('x')));
    expect(EngineCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ isRetryable: true });
    expect((error as Error).message).toMatch(
      /accessToken\(\) failed: token endpoint down/,
    );
  });
});

describe('request checks before any request', () => {
  it('reads GOOGLE_API_KEY, and without it throws LoadApiKeyError naming it', async () => {
    vi.stubEnv('GOOGLE_API_KEY', 'test-key');
    const fromEnvironment = fakeProvider(fake, { apiKey: undefined })('en-US-Neural2-F');
    await fromEnvironment.doSynthesize(textCall('From the environment.'));
    expect(lastRequest().headers['x-goog-api-key']).toBe('test-key');
    vi.stubEnv('GOOGLE_API_KEY', '');
    fake.requests.length = 0;
    const error = await rejectionOf(fromEnvironment.doSynthesize(textCall('No key.')));
    expect(LoadApiKeyError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ environmentVariableName: 'GOOGLE_API_KEY' });
    expect((error as Error).message).toMatch(
      /^\[ttskit\] \[engine-google\] .*GOOGLE_API_KEY/,
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses input above 5,000 bytes and unknown engine options', async () => {
    const engine = fakeProvider(fake)('en-US-Neural2-F');
    const tooLong = await rejectionOf(engine.doSynthesize(textCall('é'.repeat(2_501))));
    expect(InvalidArgumentError.isInstance(tooLong)).toBe(true);
    const unknown = await rejectionOf(
      engine.doSynthesize(textCall('Hi.', { engineOptions: { google: { speed: 2 } } })),
    );
    expect(unknown).toMatchObject({ argument: 'engineOptions.google.speed' });
    expect(fake.requests).toHaveLength(0);
  });
});
