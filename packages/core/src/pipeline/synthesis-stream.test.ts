import { describe, expect, it } from 'vitest';
import { decodeWav } from '../audio/wav-decoder';
import { MockEngine } from '../test-kit/mock-engine';
import type { SynthesisStreamPart } from './synthesis-stream';
import { createSynthesizer } from './synthesizer';

async function collect(stream: AsyncIterable<SynthesisStreamPart>) {
  const parts: SynthesisStreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

function join(parts: SynthesisStreamPart[]): Uint8Array {
  const audio = parts.flatMap((part) => (part.type === 'audio' ? [part.data] : []));
  return Buffer.concat(audio);
}

describe('stream()', () => {
  it('yields the first sentence before the last is synthesized, as one playable WAV stream', async () => {
    const order: string[] = [];
    const engine = new MockEngine({
      doSynthesize: async (callOptions) => {
        // later sentences take longer, so the first is ready well before the rest
        await new Promise((resolve) =>
          setTimeout(resolve, callOptions.input.startsWith('First') ? 5 : 60),
        );
        order.push(`engine:${callOptions.input}`);
        return new MockEngine().doSynthesize(callOptions);
      },
    });
    const tts = createSynthesizer({ engine, streamingChunkMax: 40, memoryCache: false });
    const text = 'First sentence here. Then a second sentence. And a third one to end.';
    const stream = tts.stream({ text, format: 'wav' });
    const parts: SynthesisStreamPart[] = [];
    for await (const part of stream) {
      if (part.type === 'audio') order.push('audio');
      parts.push(part);
    }
    expect(order.indexOf('audio')).toBeLessThan(
      order.indexOf('engine:And a third one to end.'),
    );
    const audio = join(parts);
    // a streaming WAV: header with unknown sizes, then every chunk's samples
    expect(Buffer.from(audio.subarray(0, 4)).toString('ascii')).toBe('RIFF');
    expect(new DataView(audio.buffer, audio.byteOffset).getUint32(40, true)).toBe(
      0xffffffff,
    );
    const result = await stream.result;
    expect(audio.byteLength - 44).toBe(decodeWav(result.audio).samples.length * 2);
    const words = parts.flatMap((part) => (part.type === 'words' ? part.words : []));
    expect(words.map((word) => word.text)).toEqual(result.words.map((word) => word.text));
    expect(parts.at(-1)?.type).toBe('finish');
  });

  it('streams a cached result as one part, and reports errors to the reader', async () => {
    const tts = createSynthesizer({ engine: new MockEngine() });
    await tts.synthesize({ text: 'Cached. Twice.', format: 'pcm' });
    const parts = await collect(tts.stream({ text: 'Cached. Twice.', format: 'pcm' }));
    expect(parts.map((part) => part.type)).toEqual(['audio', 'words', 'finish']);
    const failing = createSynthesizer({
      engine: new MockEngine({
        doSynthesize: async () => Promise.reject(new Error('down')),
      }),
      retry: { maxRetries: 0 },
    });
    await expect(collect(failing.stream({ text: 'Nope.' }))).rejects.toThrow(/down/);
  });
});

describe('streamText()', () => {
  it('speaks each sentence as soon as it is complete, with offsets into the whole text', async () => {
    const engine = new MockEngine();
    const tts = createSynthesizer({ engine, memoryCache: false });
    const stream = tts.streamText({ format: 'pcm' });
    const tokens = ['Hello the', 're, world. ', 'How are', ' you? I am', ' fine.'];
    const reading = collect(stream);
    for (const token of tokens) stream.write(token);
    // before end(), only complete sentences were sent to the engine
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(engine.calls.map((call) => call.input)).toEqual([
      'Hello there, world.',
      'How are you?',
    ]);
    stream.end();
    const parts = await reading;
    expect(engine.calls.map((call) => call.input)).toEqual([
      'Hello there, world.',
      'How are you?',
      'I am fine.',
    ]);
    const text = tokens.join('');
    const words = parts.flatMap((part) => (part.type === 'words' ? part.words : []));
    for (const word of words)
      expect(text.slice(word.sourceStart, word.sourceEnd)).toBe(word.text);
    for (let index = 1; index < words.length; index++)
      expect(words[index]?.startMs).toBeGreaterThan(words[index - 1]?.startMs ?? -1);
    expect((await stream.done).text).toBe(text);
    expect(() => stream.write('more')).toThrow(/after end/);
  });
});
