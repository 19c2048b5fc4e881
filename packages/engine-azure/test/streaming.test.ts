import type { EngineV1StreamPart } from '@ttskit/core/spec';
import { describe, expect, it } from 'vitest';
import {
  collect,
  rejectionOf,
  samplesOf,
  ssmlCall,
  textCall,
  useFakeService,
  VOICE,
  waitFor,
} from './helpers';

const fake = useFakeService({ chunkBytes: 1001 });

function deltas(parts: EngineV1StreamPart[]) {
  return parts.flatMap((part) => (part.type === 'audio-delta' ? [part] : []));
}

function joined(parts: EngineV1StreamPart[]): Int16Array {
  const blocks = deltas(parts).map((part) => part.samples);
  const samples = new Int16Array(blocks.reduce((sum, block) => sum + block.length, 0));
  let offset = 0;
  for (const block of blocks) {
    samples.set(block, offset);
    offset += block.length;
  }
  return samples;
}

describe('streaming', () => {
  it('yields an audio-delta per chunk (odd-sized chunks reassembled), the same audio and timings as doSynthesize', async () => {
    const engine = (await fake.provider())(VOICE);
    const input = '<speak>Grüße, <mark name="m"/>世界. Streaming works.</speak>';
    const { stream } = await (engine.doStream as NonNullable<typeof engine.doStream>)(
      ssmlCall(input),
    );
    const parts = await collect(stream);
    const whole = await engine.doSynthesize(ssmlCall(input));
    expect(deltas(parts).length).toBeGreaterThan(3);
    expect(deltas(parts).every((part) => part.sampleRate === 24_000)).toBe(true);
    expect(
      Buffer.from(joined(parts).buffer).equals(Buffer.from(samplesOf(whole).buffer)),
    ).toBe(true);
    const words = parts.flatMap((part) => (part.type === 'word' ? [part.word] : []));
    const marks = parts.flatMap((part) => (part.type === 'mark' ? [part.mark] : []));
    expect(words).toEqual(whole.words);
    expect(marks).toEqual(whole.marks);
    expect(parts[0]).toMatchObject({ type: 'warning' }); // mark → bookmark
    expect(parts.at(-1)).toMatchObject({ type: 'finish' });
  });

  it('streams PCM even when MP3 was asked for (stream parts are PCM)', async () => {
    const service = await fake.service();
    const engine = (await fake.provider())(VOICE);
    const { stream } = await (engine.doStream as NonNullable<typeof engine.doStream>)(
      textCall('Mp3 please.', { format: 'mp3', sampleRate: 48_000 }),
    );
    const parts = await collect(stream);
    expect(service.turns.at(-1)?.context.synthesis?.audio?.outputFormat).toBe(
      'raw-48khz-16bit-mono-pcm',
    );
    expect(deltas(parts)[0]?.sampleRate).toBe(48_000);
  });

  it('delivers the first audio before the synthesis ends', async () => {
    const service = await fake.service();
    service.behaviour.frameDelayMs = 3;
    const engine = (await fake.provider())(VOICE);
    const { stream } = await (engine.doStream as NonNullable<typeof engine.doStream>)(
      textCall('One two three four five six seven eight nine ten.'),
    );
    const reader = stream.getReader();
    let first = await reader.read();
    while (first.value?.type !== 'audio-delta') first = await reader.read();
    expect(service.turns.at(-1)?.handlerMs).toBe(0); // still speaking
    await reader.cancel();
  });

  it('cancelling the stream closes the websocket', async () => {
    const service = await fake.service();
    service.behaviour.frameDelayMs = 5;
    const engine = (await fake.provider())(VOICE);
    const { stream } = await (engine.doStream as NonNullable<typeof engine.doStream>)(
      textCall('A sentence long enough to still be running when it is cancelled.'),
    );
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel('enough');
    const socket = service.connections.at(-1)?.socket;
    await waitFor(() => socket?.readyState === socket?.CLOSED);
  });

  it('a failure errors the stream with the mapped EngineCallError', async () => {
    const service = await fake.service();
    service.behaviour.upgrade = { status: 503, body: 'busy' };
    const engine = (await fake.provider())(VOICE);
    const { stream } = await (engine.doStream as NonNullable<typeof engine.doStream>)(
      textCall('Unavailable.'),
    );
    const error = await rejectionOf(collect(stream));
    expect(error).toMatchObject({ statusCode: 503, isRetryable: true });
  });
});
