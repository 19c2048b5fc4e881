import { afterEach, describe, expect, it } from 'vitest';
import { createGatedEngine } from './helpers/gated-engine';
import {
  errorOf,
  postJson,
  startTestServer,
  type TestServer,
} from './helpers/test-server';

const text =
  'The first sentence is long enough to be a chunk of its own here. ' +
  'The second sentence follows it and is spoken only after the first one.';

describe('streamed speech', () => {
  let server: TestServer | undefined;
  // a failed expectation must never leave a chunk waiting at the gate (close would wait for it)
  let openGate: (() => void) | undefined;
  afterEach(async () => {
    openGate?.();
    openGate = undefined;
    await server?.close();
  });

  it('sends the WAV header and first audio before synthesis has finished', async () => {
    // the first chunk passes whichever call starts first; the second waits at the gate
    const gated = createGatedEngine({
      open: 1,
      passes: (input) => input.startsWith('The first sentence'),
    });
    openGate = gated.release;
    server = await startTestServer({
      env: { STREAMING_CHUNK_MAX: '80' },
      engines: { mock: gated.engine },
    });
    const response = await postJson({
      url: `${server.url}/v1/speech`,
      body: { text, stream: true, format: 'wav' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    const head = Buffer.from(first.value as Uint8Array);
    expect(head.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(head.subarray(8, 16).toString('latin1')).toBe('WAVEfmt ');
    expect(head.readUInt32LE(24)).toBe(16_000);
    expect(head.byteLength).toBeGreaterThan(44);
    // the second chunk is held at the gate: these bytes came before it finished
    expect(gated.finished).toBe(1);
    gated.release();
    let total = head.byteLength;
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      total += next.value.byteLength;
    }
    expect(gated.finished).toBe(2);
    expect(total).toBeGreaterThan(head.byteLength);
  });

  it('streams audio, word and end events as NDJSON, and reports a cache hit next time', async () => {
    const gated = createGatedEngine({ open: Number.POSITIVE_INFINITY });
    server = await startTestServer({
      env: { STREAMING_CHUNK_MAX: '80' },
      engines: { mock: gated.engine },
    });
    const events = async () => {
      const response = await postJson({
        url: `${(server as TestServer).url}/v1/speech`,
        body: { text, stream: true, format: 'pcm' },
        headers: { accept: 'application/x-ndjson' },
      });
      expect(response.headers.get('content-type')).toBe('application/x-ndjson');
      const lines = (await response.text()).trim().split('\n');
      return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    };
    const first = await events();
    const audio = first.filter((event) => event.type === 'audio');
    const words = first.filter((event) => event.type === 'word');
    expect(audio.length).toBeGreaterThanOrEqual(2);
    expect(audio[0]).toMatchObject({ format: 'pcm', sampleRate: 16_000 });
    expect(Buffer.from(audio[0]?.data as string, 'base64').byteLength).toBeGreaterThan(0);
    expect(words[0]).toMatchObject({ text: 'The', sourceStart: 0, sourceEnd: 3 });
    expect(words.at(-1)).toMatchObject({ text: 'one', sourceEnd: text.length - 1 });
    const end = first.at(-1) as Record<string, unknown>;
    expect(end).toMatchObject({ type: 'end', cached: false, engine: 'mock' });
    expect(end.key).toMatch(/^[0-9a-f]{64}$/);
    // the stream's whole result is stored in the background; then it is a hit
    await expect
      .poll(async () => (await events()).at(-1)?.cached, { timeout: 5_000 })
      .toBe(true);
    expect(gated.started).toBe(2);
    const audioUrl = `${server.url}/v1/audio/${end.key}`;
    await expect.poll(async () => (await fetch(audioUrl)).status).toBe(200);
    expect((await fetch(audioUrl)).headers.get('content-type')).toBe('audio/pcm');
  });

  it('answers a failure before the first byte with a proper error status', async () => {
    const gated = createGatedEngine({ open: 1 });
    server = await startTestServer({ engines: { mock: gated.engine } });
    const response = await postJson({
      url: `${server.url}/v1/speech`,
      body: { ssml: '<speak><p>broken</speak>', stream: true },
    });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'invalid_ssml', line: 1 });
  });
});
