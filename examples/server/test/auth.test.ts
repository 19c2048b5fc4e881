import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKeyVerifier, hashApiKey } from '../src/gateway/api-keys';
import {
  errorOf,
  postJson,
  startTestServer,
  type TestServer,
} from './helpers/test-server';

const goodKey = 'sk-test-0123456789abcdef';
const secondKey = 'sk-second-key-from-a-hash';

describe('API keys', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: {
        TTSKIT_API_KEYS: `${goodKey}, other-key`,
        TTSKIT_API_KEY_HASHES: hashApiKey(secondKey).toString('hex'),
      },
      engines: { mock: new MockEngine() },
    });
  });
  afterAll(() => server.close());
  const speak = (headers: Record<string, string> = {}) =>
    postJson({ url: `${server.url}/v1/speech`, body: { text: 'Hi there.' }, headers });

  it('answers 401 with WWW-Authenticate when the key is missing', async () => {
    const response = await speak();
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="ttskit"');
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(await errorOf(response)).toMatchObject({
      type: 'authentication_error',
      code: 'missing_api_key',
    });
  });

  it('answers 401 invalid_token for a wrong key, a malformed header or a prefix', async () => {
    for (const authorization of [
      'Bearer wrong',
      `Bearer ${goodKey.slice(0, -1)}`,
      `Basic ${goodKey}`,
      'Bearer',
    ]) {
      const response = await speak({ authorization });
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    }
  });

  it('accepts a configured key as Bearer or X-API-Key, and one given as a hash', async () => {
    expect((await speak({ authorization: `Bearer ${goodKey}` })).status).toBe(200);
    expect((await speak({ 'x-api-key': 'other-key' })).status).toBe(200);
    expect((await speak({ authorization: `bearer ${secondKey}` })).status).toBe(200);
  });

  it('cannot be bypassed with an encoded or odd path', async () => {
    for (const path of [
      '/%76%31/voices',
      '/v1//voices',
      '/v1/./voices',
      '/v1/%2E/voices',
    ]) {
      const response = await fetch(`${server.url}${path}`);
      expect([401, 404], path).toContain(response.status);
    }
  });

  it('keeps the playground, health checks and metrics open', async () => {
    for (const path of ['/', '/healthz', '/readyz', '/metrics']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(200);
    }
    expect((await fetch(`${server.url}/v1/voices`)).status).toBe(401);
  });

  it('never logs a presented key, valid or not', async () => {
    await speak({ authorization: `Bearer ${goodKey}` });
    await speak({ authorization: 'Bearer not-a-key-but-secret-looking' });
    const logs = server.logs();
    expect(logs).toContain('"reqId"');
    expect(logs).not.toContain(goodKey);
    expect(logs).not.toContain('not-a-key-but-secret-looking');
    for (const line of logs.trim().split('\n'))
      expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('without keys', () => {
  it('lets requests through and warns at startup', async () => {
    const server = await startTestServer({ engines: { mock: new MockEngine() } });
    try {
      const response = await postJson({
        url: `${server.url}/v1/speech`,
        body: { text: 'Hi.' },
      });
      expect(response.status).toBe(200);
      expect(server.logs()).toContain('authentication is OFF');
    } finally {
      await server.close();
    }
  });
});

describe('createApiKeyVerifier', () => {
  it('returns a stable id derived from the digest, never the key', () => {
    const verifier = createApiKeyVerifier([hashApiKey('a'), hashApiKey('b')]);
    expect(verifier.verify('b')).toBe(hashApiKey('b').toString('hex').slice(0, 12));
    expect(verifier.verify('c')).toBeUndefined();
    expect(createApiKeyVerifier([]).enabled).toBe(false);
  });
});
