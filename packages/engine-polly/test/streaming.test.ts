import { AbortError, type EngineV1StreamPart } from '@ttskit/core/spec';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakePollyServer, startFakePolly } from './fake-polly/fake-polly-server';
import {
  audioRequests,
  collect,
  pollyForFake,
  rejectionOf,
  samplesOf,
  ssmlCall,
} from './helpers';

let fake: FakePollyServer;
let polly: ReturnType<typeof pollyForFake>;
beforeAll(async () => {
  fake = await startFakePolly();
  polly = pollyForFake(fake);
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.chunking = { bytes: 4001, delayMs: 1 };
});
afterAll(async () => {
  await polly.dispose();
  await fake.close();
});

const input = '<speak>One two <mark name="m"/> three four five six seven.</speak>';

function audioOf(parts: EngineV1StreamPart[]): Int16Array {
  return Int16Array.from(
    parts.flatMap((part) => (part.type === 'audio-delta' ? [...part.samples] : [])),
  );
}

describe('doStream', () => {
  it('streams the same samples as doSynthesize, across odd chunk boundaries', async () => {
    const engine = polly('Joanna');
    const whole = await engine.doSynthesize(ssmlCall(input));
    const parts = await collect((await engine.doStream(ssmlCall(input))).stream);
    expect(parts.filter((part) => part.type === 'audio-delta').length).toBeGreaterThan(5);
    const streamed = audioOf(parts);
    expect(
      Buffer.from(streamed.buffer).equals(Buffer.from(samplesOf(whole).buffer)),
    ).toBe(true);
    expect(whole.response.billedCharacters).toBeGreaterThan(0);
    expect(parts.at(-1)).toMatchObject({
      type: 'finish',
      response: { billedCharacters: whole.response.billedCharacters },
    });
    const words = parts.flatMap((part) => (part.type === 'word' ? [part.word] : []));
    expect(words).toEqual(whole.words);
    expect(parts.flatMap((part) => (part.type === 'mark' ? [part.mark] : []))).toEqual(
      whole.marks,
    );
  });

  it('emits each word and mark once the audio has reached it', async () => {
    const parts = await collect((await polly('Joanna').doStream(ssmlCall(input))).stream);
    let audioMs = 0;
    for (const part of parts) {
      if (part.type === 'audio-delta')
        audioMs += (part.samples.length * 1000) / part.sampleRate;
      if (part.type === 'word') expect(part.word.startMs).toBeLessThanOrEqual(audioMs);
      if (part.type === 'mark') expect(part.mark.timeMs).toBeLessThanOrEqual(audioMs);
    }
  });

  it('yields audio as Polly sends it, before the body is complete', async () => {
    fake.chunking = { bytes: 8000, delayMs: 40 };
    const startedAt = Date.now();
    const { stream } = await polly('Joanna').doStream(ssmlCall(input));
    const reader = stream.getReader();
    let first = await reader.read();
    while (first.value?.type !== 'audio-delta') first = await reader.read();
    const firstAudioMs = Date.now() - startedAt;
    let last = first;
    while (!last.done) last = await reader.read();
    expect(firstAudioMs).toBeLessThan((Date.now() - startedAt) / 2);
  });

  it('always asks Polly for PCM, warning when the rate is above its 16 kHz', async () => {
    const parts = await collect(
      (
        await polly('Joanna').doStream(
          ssmlCall(input, { format: 'mp3', sampleRate: 24_000 }),
        )
      ).stream,
    );
    expect(audioRequests(fake)[0]?.json).toMatchObject({
      OutputFormat: 'pcm',
      SampleRate: '16000',
    });
    expect(parts[0]).toMatchObject({
      type: 'warning',
      warning: { type: 'unsupported-setting', setting: 'sampleRate' },
    });
  });

  it('fails the stream with AbortError when the caller aborts midway', async () => {
    fake.chunking = { bytes: 2000, delayMs: 30 };
    const controller = new AbortController();
    const { stream } = await polly('Joanna').doStream(
      ssmlCall(input, { abortSignal: controller.signal }),
    );
    const reader = stream.getReader();
    await reader.read();
    controller.abort();
    const error = await rejectionOf(
      (async () => {
        for (;;) if ((await reader.read()).done) return;
      })(),
    );
    expect(AbortError.isInstance(error)).toBe(true);
  });

  it('stops promptly when the reader cancels', async () => {
    fake.chunking = { bytes: 2000, delayMs: 30 };
    const { stream } = await polly('Joanna').doStream(ssmlCall(input));
    const reader = stream.getReader();
    await reader.read();
    const startedAt = Date.now();
    await reader.cancel('not needed');
    expect(Date.now() - startedAt).toBeLessThan(500);
  });

  it('rejects doStream itself when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(
      polly('Joanna').doStream(ssmlCall(input, { abortSignal: controller.signal })),
    );
    expect(AbortError.isInstance(error)).toBe(true);
    expect(fake.requests).toHaveLength(0);
  });
});
