import { createSynthesizer, type SynthesisEvent } from '@ttskit/core';
import { createEspeakEngine } from '@ttskit/engine-espeak';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakePollyServer, startFakePolly } from './fake-polly/fake-polly-server';
import { pollyError } from './fake-polly/fake-polly-speech';
import { audioRequests, pollyForFake } from './helpers';

let fake: FakePollyServer;
let polly: ReturnType<typeof pollyForFake>;
const espeak = createEspeakEngine({ workers: 1 });
beforeAll(async () => {
  fake = await startFakePolly();
  polly = pollyForFake(fake);
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.override(undefined);
  fake.chunking = { bytes: 4001, delayMs: 1 };
});
afterAll(async () => {
  await espeak.dispose();
  await polly.dispose();
  await fake.close();
});

describe('through createSynthesizer', () => {
  it('falls back to espeak when Polly answers 503 on every attempt, and says espeak served it', async () => {
    fake.override(() =>
      pollyError({ status: 503, type: 'ServiceUnavailableException', message: 'down' }),
    );
    const events: SynthesisEvent[] = [];
    const tts = createSynthesizer({
      engine: [polly('Joanna'), espeak],
      onEvent: (event) => events.push(event),
    });
    const result = await tts.synthesize({ text: 'Hello from the fallback.' });
    await tts.dispose();
    expect(result.engine).toBe('espeak');
    expect(result.voice).toBe('en-us');
    expect(result.audio.byteLength).toBeGreaterThan(1000);
    // core retried Polly (2 retries by default), one SDK attempt each
    const attempts = audioRequests(fake);
    expect(attempts).toHaveLength(3);
    expect(
      attempts.every(
        (request) => request.headers['amz-sdk-request'] === 'attempt=1; max=1',
      ),
    ).toBe(true);
    expect(events.filter((event) => event.type === 'retry')).toHaveLength(2);
    expect(events.find((event) => event.type === 'fallback')).toMatchObject({
      from: { engine: 'polly', voice: 'Joanna:neural' },
      to: { engine: 'espeak', voice: 'en-us' },
    });
  });

  it('speaks through Polly with word offsets mapped back to the caller SSML', async () => {
    const ssml =
      '<speak>Ça <emphasis>marche</emphasis> très <mark name="m"/>bien, 😀 merci.</speak>';
    const tts = createSynthesizer({ engine: polly('Joanna'), memoryCache: false });
    const result = await tts.synthesize({ ssml, format: 'wav' });
    await tts.dispose();
    expect(result).toMatchObject({
      engine: 'polly',
      voice: 'Joanna:neural',
      format: 'wav',
      sampleRate: 16_000,
    });
    expect(
      result.words.map((word) => ssml.slice(word.sourceStart, word.sourceEnd)),
    ).toEqual(['Ça', 'marche', 'très', 'bien', 'merci']);
    expect(result.marks).toEqual([{ name: 'm', timeMs: 900 }]);
    // neural voices reject <emphasis>: it was lowered away, with a warning
    expect(audioRequests(fake)[0]?.json?.Text).not.toMatch(/emphasis/);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ type: 'ssml-lowered', element: 'emphasis' }),
    );
  });

  it('passes Polly MP3 through untouched', async () => {
    const tts = createSynthesizer({ engine: polly('Joanna'), memoryCache: false });
    const result = await tts.synthesize({ text: 'Short and compressed.', format: 'mp3' });
    await tts.dispose();
    expect(audioRequests(fake)[0]?.json).toMatchObject({
      OutputFormat: 'mp3',
      SampleRate: '24000',
    });
    expect(result).toMatchObject({ format: 'mp3', sampleRate: 24_000 });
    expect(result.words.map((word) => word.text)).toEqual(['Short', 'and', 'compressed']);
  });

  // The engine names its voices `Joanna:generative`; @ttskit/ssml reads that
  // suffix to lower for the voice's engine type.
  it('lowers SSML for the voice engine type (generative: no news style)', async () => {
    const ssml =
      '<speak><amazon:domain name="news">Breaking news.</amazon:domain></speak>';
    const tts = createSynthesizer({
      engine: polly('Joanna:generative'),
      memoryCache: false,
    });
    try {
      const result = await tts.synthesize({ ssml, format: 'pcm' });
      expect(result.engine).toBe('polly');
    } finally {
      await tts.dispose();
    }
  });
});
