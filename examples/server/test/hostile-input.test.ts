import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server';

type HostileRequest = { method: string; path: string; type?: string; body?: string };

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function randomFrom(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const json = (path: string, body: unknown): HostileRequest => ({
  method: 'POST',
  path,
  type: 'application/json',
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** Families of malformed or hostile requests; each answer must be a 4xx. */
const families: Array<(random: () => number) => HostileRequest> = [
  (random) => json('/v1/speech', `{"text": "${'a'.repeat(Math.floor(random() * 50))}`),
  (random) =>
    json(
      '/v1/speech',
      String.fromCharCode(
        ...Array.from({ length: 40 }, () => Math.floor(random() * 256)),
      ),
    ),
  () => json('/v1/speech', { text: 'x'.repeat(70_000) }),
  (random) => json('/v1/speech', { text: Math.floor(random() * 1e9) }),
  () => json('/v1/speech', { text: ['a'], voice: { id: 1 } }),
  () => json('/v1/speech', {}),
  () => json('/v1/speech', { text: 'a', ssml: '<speak>a</speak>' }),
  (random) =>
    json('/v1/speech', {
      ssml: `<speak>${'<p>'.repeat(1 + Math.floor(random() * 5))}</speak>`,
    }),
  () =>
    json('/v1/speech', {
      ssml: '<!DOCTYPE s [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><speak>&b;</speak>',
    }),
  () =>
    json('/v1/speech', {
      ssml: `<speak>${'<s>'.repeat(100)}deep${'</s>'.repeat(100)}</speak>`,
    }),
  () => json('/v1/speech', { text: 'a', voice: '../../etc/passwd' }),
  () => json('/v1/speech', { text: 'a', voice: 'v'.repeat(500) }),
  () => json('/v1/speech', { text: 'a', engine: 'nope' }),
  () => json('/v1/speech', { text: 'a', sampleRate: -1, format: 'flac' }),
  () => json('/v1/speech', '{"__proto__": {"admin": true}, "text": "a"}'),
  () => json('/v1/speech', `${'['.repeat(5_000)}${']'.repeat(5_000)}`),
  () => json('/v1/speech', 'null'),
  () => ({ method: 'POST', path: '/v1/speech', type: 'text/plain', body: 'hello' }),
  () => ({
    method: 'POST',
    path: '/v1/speech',
    type: 'application/xml',
    body: '<speak/>',
  }),
  () => ({ method: 'PUT', path: '/v1/speech', type: 'application/json', body: '{}' }),
  () =>
    json('/v1/audio/speech', {
      model: 'tts-1',
      input: 'x',
      voice: 'alloy',
      response_format: 'aac',
    }),
  () => json('/v1/audio/speech', { model: 'dall-e', input: 'x', voice: 'alloy' }),
  () => json('/v1/audio/speech', { input: 42 }),
  () => json('/v1/jobs', { ssml: '<speak><unclosed></speak>' }),
  () => json('/v1/jobs', { text: 'a', stream: true }),
  (random) => ({ method: 'GET', path: `/v1/audio/${random().toString(16).slice(2)}` }),
  () => ({ method: 'GET', path: '/v1/audio/%00%2e%2e' }),
  (random) => ({
    method: 'GET',
    path: `/v1/jobs/${'x'.repeat(1 + Math.floor(random() * 100))}`,
  }),
  () => ({ method: 'GET', path: '/v1/voices?engine=none' }),
  () => ({ method: 'GET', path: '/v1/voices?unknown=1' }),
];

/** The heap in use after a full collection (`--expose-gc` switched on at run time). */
function heapAfterCollection(): number {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

describe('hostile input', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { MAX_BODY_BYTES: '65536', LOG_LEVEL: 'warn' },
      engines: { mock: new MockEngine() },
    });
  });
  afterAll(() => server.close());

  it('answers 10,000 malformed requests with 4xx only, stays up, and its memory stays flat', async () => {
    const random = randomFrom(9);
    const requests = Array.from({ length: 11_000 }, (_, index) => {
      const family = families[index % families.length] as (typeof families)[number];
      return family(random);
    });
    const statuses = new Map<number, number>();
    const unexpected: string[] = [];
    let next = 0;
    let stopAt = 0;
    const worker = async () => {
      while (next < stopAt) {
        const request = requests[next++] as HostileRequest;
        const response = await fetch(`${server.url}${request.path}`, {
          method: request.method,
          ...(request.type ? { headers: { 'content-type': request.type } } : {}),
          ...(request.body === undefined ? {} : { body: request.body }),
        });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status < 400 || response.status >= 500) {
          unexpected.push(
            `${response.status} ${request.method} ${request.path} ${request.body?.slice(0, 80)}`,
          );
        }
      }
    };
    const send = async (until: number) => {
      stopAt = until;
      await Promise.all(Array.from({ length: 16 }, worker));
    };
    // 1,000 to warm up (JIT, pools, caches), then the heap after each 5,000 more
    await send(1_000);
    const heaps = [heapAfterCollection()];
    await send(6_000);
    heaps.push(heapAfterCollection());
    await send(11_000);
    heaps.push(heapAfterCollection());
    expect(unexpected).toEqual([]);
    const [warm, middle, end] = heaps.map((bytes) => bytes / 2 ** 20) as [
      number,
      number,
      number,
    ];
    const shown = `heap MiB: ${[warm, middle, end].map((mib) => mib.toFixed(1)).join(', ')}`;
    // a leak of 1 KiB per request would add 5 MiB per stretch
    expect(end - warm, shown).toBeLessThan(8);
    expect(end - middle, shown).toBeLessThan(4);
    expect([...statuses.keys()].sort()).toEqual(
      expect.arrayContaining([400, 404, 413, 415]),
    );
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const speech = await fetch(`${server.url}/v1/speech`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Still speaking.' }),
    });
    expect(speech.status).toBe(200);
    expect(server.logs()).not.toContain('"level":50');
  });
});
