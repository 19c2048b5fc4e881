import { AbortError, type EngineV1StreamPart } from '@ttskit/core/spec';
import { afterAll, describe, expect, it } from 'vitest';
import { createEspeakEngine } from '../src/index';
import {
  bookText,
  collect,
  concatAudio,
  rejectionOf,
  sameSamples,
  samplesOf,
  ssmlCall,
  textCall,
} from './helpers';

const provider = createEspeakEngine({ workers: 1 });
const engine = provider('en-us');

afterAll(() => provider.dispose());

function timeOf(part: EngineV1StreamPart): number | undefined {
  if (part.type === 'word') return part.word.startMs;
  if (part.type === 'mark') return part.mark.timeMs;
  return undefined;
}

describe('espeak streaming', () => {
  it('yields audio before the end; the parts add up to doSynthesize exactly', async () => {
    const words = bookText(300).split(' ');
    const input =
      `<speak>${words.slice(0, 100).join(' ')} <mark name="a"/>${words.slice(100, 200).join(' ')} <mark name="b"/>${words.slice(200).join(' ')}</speak>`.replace(
        /&/g,
        '&amp;',
      );
    const { stream } = await (engine.doStream?.(ssmlCall(input)) ??
      Promise.reject(new Error('no doStream')));
    const parts = await collect(stream);

    expect(parts.at(-1)?.type).toBe('finish');
    expect(parts.filter((part) => part.type === 'finish')).toHaveLength(1);
    const firstWord = parts.findIndex((part) => part.type === 'word');
    const audio = parts.filter((part) => part.type === 'audio-delta');
    expect(audio.length).toBeGreaterThan(10);
    // Audio arrives interleaved with timings, not all at the end.
    expect(parts.findIndex((part) => part.type === 'audio-delta')).toBeLessThan(
      firstWord + 5,
    );
    for (const part of audio) expect(part).toMatchObject({ sampleRate: 22050 });

    const whole = await engine.doSynthesize(ssmlCall(input));
    expect(sameSamples(concatAudio(parts), samplesOf(whole))).toBe(true);
    expect(parts.flatMap((part) => (part.type === 'word' ? [part.word] : []))).toEqual(
      whole.words,
    );
    expect(parts.flatMap((part) => (part.type === 'mark' ? [part.mark] : []))).toEqual(
      whole.marks,
    );
    expect(whole.marks.map((mark) => mark.name)).toEqual(['a', 'b']);

    // Words and marks come in spoken order.
    const times = parts.map(timeOf).filter((time) => time !== undefined);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('stops synthesis when the stream is cancelled', async () => {
    const longText = bookText(1500);
    const startedAt = performance.now();
    await engine.doSynthesize(textCall(longText));
    const fullMs = performance.now() - startedAt;

    const cancelledAt = performance.now();
    const { stream } = await (engine.doStream?.(textCall(longText)) ??
      Promise.reject(new Error('no doStream')));
    const reader = stream.getReader();
    const first = await reader.read();
    expect(first.value?.type).toBe('audio-delta');
    await reader.cancel();
    // The only worker is free long before the text would have been finished.
    await engine.doSynthesize(textCall('Next.'));
    expect(performance.now() - cancelledAt).toBeLessThan(fullMs / 2);
  });

  it('errors the stream with an AbortError when the signal aborts', async () => {
    const controller = new AbortController();
    const { stream } = await (engine.doStream?.(
      textCall(bookText(1500), { abortSignal: controller.signal }),
    ) ?? Promise.reject(new Error('no doStream')));
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

  it('rejects doStream at once for an aborted signal or bad options', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(
      AbortError.isInstance(
        await rejectionOf(
          engine.doStream?.(textCall('x', { abortSignal: controller.signal })) ??
            Promise.resolve(),
        ),
      ),
    ).toBe(true);
    const error = await rejectionOf(
      engine.doStream?.(textCall('x', { engineOptions: { espeak: { rate: 5 } } })) ??
        Promise.resolve(),
    );
    expect(error).toMatchObject({ argument: 'engineOptions.espeak.rate' });
  });
});
