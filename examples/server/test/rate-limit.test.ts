import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasRedisServer,
  type RedisProcess,
  startRedisServer,
} from './helpers/redis-server';
import { errorOf, jsonOf, startTestServer, type TestServer } from './helpers/test-server';

/** 1 request per 30 s plus a burst of 2: 3 requests pass at once, the 4th is refused. */
const limits = { RATE_LIMIT_PER_SECOND: '0.0333', RATE_LIMIT_BURST: '2' };

const voices = (url: string, key: string) =>
  fetch(`${url}/v1/voices`, { headers: { authorization: `Bearer ${key}` } });

describe('rate limits in memory', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { ...limits, TTSKIT_API_KEYS: 'key-a,key-b' },
      engines: { mock: new MockEngine() },
    });
  });
  afterAll(() => server.close());

  it('refuses a key over its bucket with 429 and Retry-After, per key', async () => {
    const statuses = [];
    for (let index = 0; index < 4; index++) {
      statuses.push((await voices(server.url, 'key-a')).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await voices(server.url, 'key-a');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(await errorOf(refused)).toMatchObject({
      type: 'rate_limit_error',
      code: 'rate_limited',
    });
    // another key has its own bucket
    expect((await voices(server.url, 'key-b')).status).toBe(200);
  });

  it('does not limit health checks, metrics or the playground', async () => {
    for (let index = 0; index < 10; index++) {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    }
  });

  it('counts refusals in /metrics', async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/^ttskit_rate_limited_total [1-9]/m);
  });
});

describe.skipIf(!hasRedisServer())('rate limits in Redis', () => {
  let redis: RedisProcess;
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    redis = await startRedisServer();
    const env = { ...limits, TTSKIT_API_KEYS: 'shared-key', REDIS_URL: redis.url };
    first = await startTestServer({ env, engines: { mock: new MockEngine() } });
    second = await startTestServer({ env, engines: { mock: new MockEngine() } });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await redis?.stop();
  });

  it('holds across two instances sharing Redis', async () => {
    // wait for both instances' Redis connections (before, they fall back to memory)
    for (const server of [first, second]) {
      await expect
        .poll(async () => {
          const readiness = await fetch(`${server.url}/readyz`);
          return (await jsonOf<{ checks: { redis: string } }>(readiness)).checks.redis;
        })
        .toBe('ok');
    }
    const statuses = [];
    for (let index = 0; index < 6; index++) {
      const server = index % 2 === 0 ? first : second;
      statuses.push((await voices(server.url, 'shared-key')).status);
    }
    // alone, each instance would allow 3: together they allow 3
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect(statuses.slice(3)).toEqual([429, 429, 429]);
  });
});
