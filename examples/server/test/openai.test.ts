import { MockEngine } from '@ttskit/core/test-kit';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorOf,
  postJson,
  startTestServer,
  type TestServer,
} from './helpers/test-server';

describe('POST /v1/audio/speech (OpenAI shape)', () => {
  let server: TestServer;
  const engine = new MockEngine({
    engine: 'espeak',
    capabilities: { speed: { min: 0.5, max: 3 } },
  });
  beforeAll(async () => {
    server = await startTestServer({
      env: { TTSKIT_API_KEYS: 'sk-openai-compatible' },
      engines: { mock: engine },
    });
  });
  afterAll(() => server.close());

  it('works with the official OpenAI SDK, unchanged', async () => {
    const client = new OpenAI({
      baseURL: `${server.url}/v1`,
      apiKey: 'sk-openai-compatible',
    });
    const response = await client.audio.speech.create({
      model: 'tts-1',
      voice: 'alloy',
      input: 'Hello from an OpenAI client.',
    });
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    const mp3 = new Uint8Array(await response.arrayBuffer());
    expect(mp3[0]).toBe(0xff);
    expect((mp3[1] as number) & 0xe0).toBe(0xe0); // an MPEG frame sync
  });

  it('answers wav and 24 kHz pcm, and maps speed to a speaking rate', async () => {
    const headers = { authorization: 'Bearer sk-openai-compatible' };
    const body = { model: 'mock', input: 'Quick words.', voice: 'mock-voice' };
    const wav = await postJson({
      url: `${server.url}/v1/audio/speech`,
      body: { ...body, response_format: 'wav' },
      headers,
    });
    expect(wav.headers.get('content-type')).toBe('audio/wav');
    expect(Buffer.from(await wav.arrayBuffer()).readUInt32LE(24)).toBe(16_000);
    const calls = engine.calls.length;
    const pcm = await postJson({
      url: `${server.url}/v1/audio/speech`,
      body: { ...body, response_format: 'pcm', speed: 2 },
      headers,
    });
    expect(pcm.headers.get('content-type')).toBe('audio/pcm');
    const bytes = (await pcm.arrayBuffer()).byteLength;
    expect(engine.calls[calls]?.speed).toBe(2);
    // 2 words at 200 ms each (the mock ignores speed) at 24 kHz, 2 bytes a sample
    expect(bytes).toBe(0.4 * 24_000 * 2);
  });

  it('answers OpenAI-style errors with the parameter at fault', async () => {
    const headers = { authorization: 'Bearer sk-openai-compatible' };
    const cases = [
      [
        { model: 'tts-1', input: 'x', voice: 'alloy', response_format: 'opus' },
        'response_format',
      ],
      [{ model: 'whisper-1', input: 'x', voice: 'alloy' }, 'model'],
      [{ model: 'tts-1', voice: 'alloy' }, 'input'],
      [{ model: 'tts-1', input: 'x', voice: 'alloy', speed: 9 }, 'speed'],
    ] as const;
    for (const [body, param] of cases) {
      const response = await postJson({
        url: `${server.url}/v1/audio/speech`,
        body,
        headers,
      });
      expect(response.status, param).toBe(400);
      expect(await errorOf(response)).toMatchObject({
        type: 'invalid_request_error',
        param,
      });
    }
    const client = new OpenAI({
      baseURL: `${server.url}/v1`,
      apiKey: 'wrong',
      maxRetries: 0,
    });
    await expect(
      client.audio.speech.create({ model: 'tts-1', voice: 'alloy', input: 'x' }),
    ).rejects.toMatchObject({ status: 401 });
  });
});
