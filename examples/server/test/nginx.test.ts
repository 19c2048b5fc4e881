import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createGatedEngine } from './helpers/gated-engine';
import {
  checkNginxConfig,
  hasNginx,
  type NginxProxy,
  renderNginxConfig,
  startNginxProxy,
} from './helpers/nginx-proxy';
import { errorOf, startTestServer, type TestServer } from './helpers/test-server';
import { waitUntil } from './helpers/wait-until';

/** Engine calls whose input contains this wait until the test opens the gate. */
const held = 'waits at the gate';
const apiKey = 'nginx-key';
const auth = { authorization: `Bearer ${apiKey}` };

type Instance = TestServer & { gate: ReturnType<typeof createGatedEngine> };

async function startInstance(): Promise<Instance> {
  const gate = createGatedEngine({ open: 0, passes: (input) => !input.includes(held) });
  const server = await startTestServer({
    env: { TTSKIT_API_KEYS: apiKey, TRUST_PROXY: 'true', STREAMING_CHUNK_MAX: '80' },
    engines: { mock: gate.engine },
  });
  return Object.assign(server, { gate });
}

type LogLine = { msg?: string; reqId?: string; url?: string; remoteAddress?: string };

/** The service's access-log line for a request id, if it is written yet. */
function accessLineOf(instance: TestServer, requestId: string): LogLine | undefined {
  return instance
    .logs()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)
    .find((line) => line.msg === 'request' && line.reqId === requestId);
}

/** Which instance logged the request: waits for the line (it is written after the response). */
async function servedBy(instances: Instance[], requestId: string): Promise<number> {
  let index = -1;
  await waitUntil({
    check: () => {
      index = instances.findIndex((instance) => accessLineOf(instance, requestId));
      return index >= 0;
    },
    timeoutMs: 5_000,
    what: `the access-log line of ${requestId}`,
  });
  return index;
}

type Received = {
  messages: Array<Record<string, unknown>>;
  audioBytes: number;
  code: number;
};

/** One WebSocket conversation on /v1/stream: sends `send`, collects until close. */
function converse(options: { url: string; send: unknown[] }): Promise<Received> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${options.url.replace('http', 'ws')}/v1/stream`, [
      'ttskit',
      `bearer.${apiKey}`,
    ]);
    const received: Received = { messages: [], audioBytes: 0, code: 0 };
    socket.on('open', () => {
      for (const message of options.send) socket.send(JSON.stringify(message));
    });
    socket.on('message', (data: Buffer, isBinary) => {
      if (isBinary) received.audioBytes += data.byteLength;
      else received.messages.push(JSON.parse(data.toString('utf8')));
    });
    socket.on('close', (code) => resolve({ ...received, code }));
    socket.on('error', reject);
  });
}

describe.skipIf(!hasNginx())('deploy/nginx in front of two instances', () => {
  let instances: Instance[] = [];
  let proxy: NginxProxy | undefined;
  const upstreamsOf = () =>
    instances.map((instance) => instance.url.replace('http://', '')) as [string, string];

  beforeAll(async () => {
    instances = await Promise.all([startInstance(), startInstance()]);
    proxy = await startNginxProxy({ upstreams: upstreamsOf() });
  });
  afterAll(async () => {
    for (const instance of instances) instance.gate.release();
    await proxy?.stop();
    await Promise.all(instances.map((instance) => instance.close()));
  });
  const url = () => (proxy as NginxProxy).url;

  it('nginx -t accepts the shipped files, and refuses them with a broken directive', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'ttskit-nginx-check-'));
    try {
      const path = await renderNginxConfig({
        directory,
        upstreams: upstreamsOf(),
        port: 1,
      });
      const checked = checkNginxConfig({ directory, path });
      expect(checked.output).toContain('syntax is ok');
      expect(checked.status).toBe(0);
      // the check is real: a misspelt directive in the site file fails it
      const site = join(directory, 'ttskit.conf');
      await writeFile(
        site,
        (await readFile(site, 'utf8')).replace('least_conn;', 'least_con;'),
      );
      expect(checkNginxConfig({ directory, path }).status).not.toBe(0);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('spreads requests over both instances', async () => {
    const served = [0, 0];
    for (let index = 0; index < 8; index++) {
      const requestId = `spread-${index}`;
      const response = await fetch(`${url()}/v1/voices`, {
        headers: { ...auth, 'x-request-id': requestId },
      });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      const instance = await servedBy(instances, requestId);
      served[instance] = (served[instance] ?? 0) + 1;
    }
    expect(served[0]).toBeGreaterThan(0);
    expect(served[1]).toBeGreaterThan(0);
    expect(proxy?.accessLog()).toContain('"requestId":"spread-7"');
  });

  it('serves POST /v1/speech, keeps the X-Request-Id, and makes one when there is none', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${url()}/v1/speech`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ text: 'Hello through nginx.' }),
      });
    const given = await post({ 'x-request-id': 'nginx-given-1' });
    expect(given.status).toBe(200);
    expect(given.headers.get('content-type')).toBe('audio/wav');
    expect(given.headers.get('x-request-id')).toBe('nginx-given-1');
    expect((await given.arrayBuffer()).byteLength).toBeGreaterThan(44);
    await servedBy(instances, 'nginx-given-1');
    // nginx's $request_id (32 hex digits, the service's own would be a UUID) reaches the service
    const made = await post({ 'x-forwarded-for': '203.0.113.9' });
    expect(made.status).toBe(200);
    await made.arrayBuffer();
    const requestId = made.headers.get('x-request-id') as string;
    expect(requestId).toMatch(/^[0-9a-f]{32}$/);
    const instance = instances[await servedBy(instances, requestId)] as Instance;
    // the client's X-Forwarded-For is replaced, so a client cannot choose its address
    expect(accessLineOf(instance, requestId)?.remoteAddress).toBe('127.0.0.1');
  });

  it('passes streamed audio on while synthesis is still held', async () => {
    const text = `Hi. The second sentence ${held} until the test opens it, which it does once the first bytes have come through.`;
    const response = await fetch(`${url()}/v1/speech`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ text, stream: true, format: 'wav' }),
    });
    try {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('audio/wav');
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      // if the proxy held the stream back this would wait for ever: fail with a message
      let timer: NodeJS.Timeout | undefined;
      const first = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(new Error('no audio came through nginx while synthesis was held')),
            20_000,
          );
        }),
      ]).finally(() => clearTimeout(timer));
      const head = Buffer.from(first.value as Uint8Array);
      // the WAV header and (some of) the first sentence's samples
      expect(head.subarray(0, 4).toString('latin1')).toBe('RIFF');
      expect(head.byteLength).toBeGreaterThan(44);
      // the gate is still closed: these bytes came before the second sentence was spoken
      for (const instance of instances) instance.gate.release();
      let total = head.byteLength;
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        total += next.value.byteLength;
      }
      expect(total).toBeGreaterThan(head.byteLength);
    } finally {
      for (const instance of instances) instance.gate.release();
    }
  });

  it('carries the WebSocket /v1/stream', async () => {
    const received = await converse({
      url: url(),
      send: [
        { type: 'start', format: 'pcm' },
        { type: 'text', text: 'Hello over a socket, ' },
        { type: 'text', text: 'through nginx.' },
        { type: 'end' },
      ],
    });
    expect(received.code).toBe(1000);
    const types = received.messages.map((message) => message.type);
    expect(types[0]).toBe('ready');
    expect(types.at(-1)).toBe('end');
    const words = received.messages.filter((message) => message.type === 'word');
    expect(words.map((word) => word.text)).toEqual(
      'Hello over a socket through nginx'.split(' '),
    );
    expect(received.audioBytes).toBe(6 * (0.2 * 16_000) * 2);
  });

  it('keeps /metrics private', async () => {
    expect((await fetch(`${url()}/metrics`)).status).toBe(403);
    expect((await fetch(`${url()}/metrics?format=text`)).status).toBe(403);
    expect((await fetch(`${(instances[0] as Instance).url}/metrics`)).status).toBe(200);
  });

  it('answers 413 to bodies over the limits: nginx past 5 MiB, the service past its own', async () => {
    const post = (path: string, bytes: number) =>
      fetch(`${url()}${path}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'a'.repeat(bytes) }),
      });
    const byNginx = await post('/v1/jobs', 6 * 1024 * 1024);
    expect(byNginx.status).toBe(413);
    expect(await errorOf(byNginx)).toMatchObject({
      code: 'payload_too_large',
      message: expect.stringContaining('[nginx]'),
    });
    const byService = await post('/v1/speech', 2 * 1024 * 1024);
    expect(byService.status).toBe(413);
    const error = await errorOf(byService);
    expect(error.code).toBe('payload_too_large');
    expect(error.message).not.toContain('[nginx]');
  });

  // last: it stops one of the instances
  it('keeps answering when one instance is gone', async () => {
    await (instances[1] as Instance).close();
    for (let index = 0; index < 6; index++) {
      const requestId = `after-close-${index}`;
      const response =
        index % 2 === 0
          ? await fetch(`${url()}/v1/voices`, {
              headers: { ...auth, 'x-request-id': requestId },
            })
          : await fetch(`${url()}/v1/speech`, {
              method: 'POST',
              headers: {
                ...auth,
                'content-type': 'application/json',
                'x-request-id': requestId,
              },
              body: JSON.stringify({ text: `Still here, number ${index}.` }),
            });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      expect(await servedBy(instances, requestId)).toBe(0);
    }
  });
});
