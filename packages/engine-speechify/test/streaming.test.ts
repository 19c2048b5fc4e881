import { AbortError, type EngineV1StreamPart } from '@ttskit/core/spec';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeSpeechify, startFakeSpeechify } from './fake-speechify-server';
import { collect, engineFor, rejectionOf, ssmlCall, textCall } from './helpers';

let fake: FakeSpeechify | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function concatenate(parts: EngineV1StreamPart[]): Int16Array {
  const blocks = parts.flatMap((part) =>
    part.type === 'audio-delta' ? [part.samples] : [],
  );
  const samples = new Int16Array(
    blocks.reduce((total, block) => total + block.length, 0),
  );
  let offset = 0;
  for (const block of blocks) {
    samples.set(block, offset);
    offset += block.length;
  }
  return samples;
}

describe('doStream', () => {
  it('yields 24 kHz audio-delta parts as chunks arrive, then finish', async () => {
    fake = await startFakeSpeechify({ streamChunkBytes: 4001 }); // odd: samples split across chunks
    const engine = engineFor(fake)('george');
    const text = 'Streaming long-form audio with the Speechify API, chunk by chunk.';
    const { stream } = await (engine.doStream as NonNullable<typeof engine.doStream>)(
      textCall(text),
    );
    const parts = await collect(stream);
    const deltas = parts.filter((part) => part.type === 'audio-delta');
    expect(deltas.length).toBeGreaterThan(10);
    for (const part of deltas)
      if (part.type === 'audio-delta') expect(part.sampleRate).toBe(24_000);
    const finish = parts.at(-1);
    expect(finish?.type).toBe('finish');
    if (finish?.type === 'finish') expect(finish.response.requestId).toMatch(/^req-/);
    // the streamed samples are exactly what the speech endpoint returns as WAV
    const whole = await engine.doSynthesize(textCall(text));
    if (whole.audio.type !== 'pcm') throw new Error('expected PCM');
    expect(
      Buffer.from(concatenate(parts).buffer).equals(
        Buffer.from(whole.audio.samples.buffer),
      ),
    ).toBe(true);
  });

  it('sends the lowering warnings first', async () => {
    fake = await startFakeSpeechify();
    const engine = engineFor(fake)('george');
    const call = ssmlCall('<speak>One <mark name="a"/> two.</speak>');
    const { stream } = await (engine.doStream as NonNullable<typeof engine.doStream>)(
      call,
    );
    const parts = await collect(stream);
    expect(parts[0]).toMatchObject({
      type: 'warning',
      warning: { type: 'unsupported-feature', feature: 'ssml.mark' },
    });
  });

  it('cancelling the stream aborts the request', async () => {
    fake = await startFakeSpeechify({ streamChunkBytes: 64 });
    const engine = engineFor(fake)('george');
    const { stream } = await (engine.doStream as NonNullable<typeof engine.doStream>)(
      textCall('A long text to cancel while it streams, word after word after word.'),
    );
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel('enough');
    await expect.poll(() => fake?.handlerMs.length).toBe(1);
  });

  it('an abort mid-stream errors the stream with AbortError', async () => {
    fake = await startFakeSpeechify({ streamChunkBytes: 64 });
    const engine = engineFor(fake)('george');
    const controller = new AbortController();
    const { stream } = await (engine.doStream as NonNullable<typeof engine.doStream>)(
      textCall('Abort me in the middle of a rather long sentence, please.', {
        abortSignal: controller.signal,
      }),
    );
    const reader = stream.getReader();
    await reader.read();
    controller.abort();
    let error: unknown;
    try {
      for (;;) if ((await reader.read()).done) break;
    } catch (caught) {
      error = caught;
    }
    expect(AbortError.isInstance(error)).toBe(true);
  });

  it('an empty stream is NoAudioGeneratedError', async () => {
    fake = await startFakeSpeechify();
    fake.script({
      status: 200,
      headers: { 'content-type': 'audio/L16;rate=24000;channels=1' },
    });
    const engine = engineFor(fake)('george');
    const { stream } = await (engine.doStream as NonNullable<typeof engine.doStream>)(
      textCall('Hi.'),
    );
    const error = await rejectionOf(collect(stream));
    expect((error as Error).name).toBe('TTS_NoAudioGeneratedError');
  });
});
