import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeWav } from '../audio/wav-decoder';
import { MockEngine } from '../test-kit/mock-engine';
import type { SynthesisStreamPart } from './synthesis-stream';
import { createSynthesizer } from './synthesizer';
import type { TextStreamPart } from './text-stream';

/** `sox FILE -n stat` writes its report to stderr. */
function spawnStatistics(file: string): string {
  const result = spawnSync('sox', [file, '-n', 'stat'], { encoding: 'utf8' });
  return result.stderr;
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const parts: T[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

function audioOf(parts: Array<SynthesisStreamPart | TextStreamPart>): Uint8Array {
  return Buffer.concat(
    parts.flatMap((part) => (part.type === 'audio' ? [part.data] : [])),
  );
}

const text =
  'First sentence here. Then a second sentence. And a third one to end. ' +
  'A fourth sentence follows. The fifth is here. Six is the last.';

function slowEngine(order: string[] = []) {
  return new MockEngine({
    doSynthesize: async (callOptions) => {
      await new Promise((resolve) =>
        setTimeout(resolve, callOptions.input.startsWith('First') ? 5 : 40),
      );
      order.push(`engine:${callOptions.input}`);
      return new MockEngine().doSynthesize(callOptions);
    },
  });
}

describe('stream()', () => {
  it('yields the first audio before the last sentence is synthesized, as one playable WAV', async () => {
    const order: string[] = [];
    const tts = createSynthesizer({
      engine: slowEngine(order),
      streamingChunkMax: 50,
      memoryCache: false,
    });
    const stream = tts.stream({ text, format: 'wav' });
    const parts: SynthesisStreamPart[] = [];
    for await (const part of stream) {
      if (part.type === 'audio') order.push('audio');
      parts.push(part);
    }
    const lastEngineCall = order.findLastIndex((entry) => entry.startsWith('engine:'));
    expect(order.filter((entry) => entry.startsWith('engine:')).length).toBeGreaterThan(
      2,
    );
    expect(order.indexOf('audio')).toBeLessThan(lastEngineCall);
    const audio = audioOf(parts);
    expect(Buffer.from(audio.subarray(0, 4)).toString('ascii')).toBe('RIFF');
    expect(new DataView(audio.buffer, audio.byteOffset).getUint32(40, true)).toBe(
      0xffffffff,
    );
    // the streamed audio is exactly what a plain synthesize() of the same request gives
    const whole = await createSynthesizer({
      engine: new MockEngine(),
      streamingChunkMax: 50,
    }).synthesize({
      text,
      format: 'wav',
      onChunk: () => undefined,
    });
    expect(
      Buffer.from(audio.subarray(44)).equals(
        Buffer.from(decodeWav(whole.audio).samples.buffer),
      ),
    ).toBe(true);
    const words = parts.flatMap((part) => (part.type === 'word' ? [part.word] : []));
    expect(words.map((word) => word.text).join(' ')).toBe(text.replace(/\./g, ''));
    for (const word of words)
      expect(text.slice(word.sourceStart, word.sourceEnd)).toBe(word.text);
    const end = parts.at(-1);
    expect(end?.type).toBe('end');
    // the audio went out in pieces and was not kept: the end result carries none
    expect(end?.type === 'end' && end.result.audio.byteLength).toBe(0);
  });

  it('writes WAV and MP3 streams that sox reads as long as the non-streamed audio', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ttskit-stream-'));
    try {
      for (const format of ['wav', 'mp3'] as const) {
        const tts = createSynthesizer({
          engine: new MockEngine(),
          streamingChunkMax: 50,
        });
        const streamed = audioOf(await collect(tts.stream({ text, format })));
        // the same request, not streamed: collected whole (same chunks, same pauses)
        const whole = await createSynthesizer({
          engine: new MockEngine(),
          streamingChunkMax: 50,
        }).synthesize({ text, format, onChunk: () => undefined });
        const file = join(directory, `streamed.${format}`);
        writeFileSync(file, streamed);
        // sox decodes the whole stream (the streamed WAV header's sizes say "unknown")
        const report = spawnStatistics(file);
        const seconds = Number(/Length \(seconds\):\s+([\d.]+)/.exec(report)?.[1]);
        // one MP3 encoder for the whole stream: only LAME's delay and the last frame's padding
        expect(seconds * 1000).toBeGreaterThan(whole.durationMs - 5);
        expect(seconds * 1000).toBeLessThan(
          whole.durationMs + (format === 'mp3' ? 130 : 5),
        );
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('serves a cached result as one part, reports errors, and adapts to Web and Node streams', async () => {
    const tts = createSynthesizer({ engine: new MockEngine() });
    await tts.synthesize({ text: 'Cached. Twice.', format: 'pcm' });
    const parts = await collect(tts.stream({ text: 'Cached. Twice.', format: 'pcm' }));
    expect(parts.map((part) => part.type)).toEqual(['audio', 'word', 'word', 'end']);
    const web = await collect(
      tts.stream({ text: 'Cached. Twice.', format: 'pcm' }).toReadableStream(),
    );
    const node = await collect(
      tts.stream({ text: 'Cached. Twice.', format: 'pcm' }).toNodeReadable(),
    );
    expect(Buffer.concat(web)).toEqual(Buffer.from(audioOf(parts)));
    expect(Buffer.concat(node)).toEqual(Buffer.from(audioOf(parts)));
    const failing = createSynthesizer({
      engine: new MockEngine({
        doSynthesize: async () => Promise.reject(new Error('down')),
      }),
      retry: { maxRetries: 0 },
    });
    await expect(collect(failing.stream({ text: 'Nope.' }))).rejects.toThrow(/down/);
  });

  it('produces only a few chunks ahead of a slow reader, and stops when the reader leaves', async () => {
    const engine = new MockEngine();
    const tts = createSynthesizer({
      engine,
      concurrency: 1,
      streamingChunkMax: 30,
      memoryCache: false,
    });
    const long = Array.from(
      { length: 40 },
      (_, index) => `Sentence number ${index} is here.`,
    ).join(' ');
    const stream = tts.stream({ text: long, format: 'pcm' });
    let audioParts = 0;
    for await (const part of stream) {
      if (part.type !== 'audio') continue;
      audioParts++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (audioParts === 3) break;
    }
    await stream.result.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // 3 read, a window of 2 ahead, a high-water mark of parts: far from all 40
    expect(engine.calls.length).toBeLessThan(20);
    expect(
      await stream.result.then(
        () => 'finished',
        () => 'aborted',
      ),
    ).toBe('aborted');
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
    const written = tokens.join('');
    const words = parts.flatMap((part) => (part.type === 'word' ? [part.word] : []));
    for (const word of words)
      expect(written.slice(word.sourceStart, word.sourceEnd)).toBe(word.text);
    for (let index = 1; index < words.length; index++)
      expect(words[index]?.startMs).toBeGreaterThan(words[index - 1]?.startMs ?? -1);
    expect(parts.at(-1)).toMatchObject({ type: 'end', text: written });
    expect((await stream.done).text).toBe(written);
    expect(() => stream.write('more')).toThrow(/after end/);
  });
});
