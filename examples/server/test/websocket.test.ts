import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from './helpers/test-server';

type Received = {
  messages: Array<Record<string, unknown>>;
  audioBytes: number;
  code: number;
};

/** Opens the text stream, sends `send` (JSON each), collects everything until close. */
function converse(options: {
  url: string;
  protocols?: string[];
  send: unknown[];
}): Promise<Received> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(
      `${options.url.replace('http', 'ws')}/v1/stream`,
      options.protocols,
    );
    const received: Received = { messages: [], audioBytes: 0, code: 0 };
    socket.on('open', () => {
      for (const message of options.send) {
        socket.send(typeof message === 'string' ? message : JSON.stringify(message));
      }
    });
    socket.on('message', (data: Buffer, isBinary) => {
      if (isBinary) received.audioBytes += data.byteLength;
      else received.messages.push(JSON.parse(data.toString('utf8')));
    });
    socket.on('close', (code) => resolve({ ...received, code }));
    socket.on('error', reject);
  });
}

describe('WebSocket text streaming', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { TTSKIT_API_KEYS: 'ws-key' },
      engines: { mock: new MockEngine() },
    });
  });
  afterAll(() => server.close());
  const protocols = ['ttskit', 'bearer.ws-key'];

  it('speaks text pieces as they arrive: audio, word events, end', async () => {
    const pieces = ['Hello th', 'ere, how are', ' you today? I am', ' fine, thank you.'];
    const received = await converse({
      url: server.url,
      protocols,
      send: [
        { type: 'start', format: 'pcm' },
        ...pieces.map((text) => ({ type: 'text', text })),
        { type: 'end' },
      ],
    });
    expect(received.code).toBe(1000);
    const types = received.messages.map((message) => message.type);
    expect(types[0]).toBe('ready');
    expect(received.messages[1]).toEqual({
      type: 'audio-format',
      format: 'pcm',
      sampleRate: 16_000,
    });
    const words = received.messages.filter((message) => message.type === 'word');
    expect(words.map((word) => word.text)).toEqual(
      'Hello there how are you today I am fine thank you'.split(' '),
    );
    const text = pieces.join('');
    const today = words[5] as { sourceStart: number; sourceEnd: number; startMs: number };
    expect(text.slice(today.sourceStart, today.sourceEnd)).toBe('today');
    expect(today.startMs).toBe(5 * 200);
    expect(received.audioBytes).toBe(11 * 0.2 * 16_000 * 2);
    expect(types.at(-1)).toBe('end');
  });

  it('refuses the upgrade without a key, and closes with 4400 on a bad message', async () => {
    await expect(converse({ url: server.url, send: [] })).rejects.toThrow(/401/);
    const bad = await converse({ url: server.url, protocols, send: ['not json'] });
    expect(bad.code).toBe(4400);
    expect(bad.messages[0]).toMatchObject({
      type: 'error',
      error: { code: 'invalid_message' },
    });
    const unknown = await converse({
      url: server.url,
      protocols,
      send: [{ type: 'shout' }],
    });
    expect(unknown.code).toBe(4400);
  });

  it('closes with 4400 when the voice is unknown', async () => {
    const received = await converse({
      url: server.url,
      protocols,
      send: [
        { type: 'start', voice: 'nobody' },
        { type: 'text', text: 'Hello there.' },
        { type: 'end' },
      ],
    });
    expect(received.code).toBe(4400);
    expect(received.messages.at(-1)).toMatchObject({
      type: 'error',
      error: { code: 'invalid_voice' },
    });
  });
});

describe('an idle WebSocket', () => {
  it('is closed with 4408 when the client stops sending before `end`', async () => {
    const server = await startTestServer({
      env: { STREAM_IDLE_SECONDS: '1' },
      engines: { mock: new MockEngine() },
    });
    try {
      const received = await converse({
        url: server.url,
        send: [{ type: 'start' }, { type: 'text', text: 'Half a sent' }],
      });
      expect(received.code).toBe(4408);
      expect(received.messages.at(-1)).toMatchObject({ error: { code: 'idle_timeout' } });
    } finally {
      await server.close();
    }
  });
});
