import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  EngineV1CallOptions,
  EngineV1Result,
  EngineV1StreamPart,
} from '@ttskit/core/spec';

/** Words from the shared corpus (The Time Machine), for long inputs. */
export function bookText(wordCount: number): string {
  const path = join(
    import.meta.dirname,
    '../../../../shared/corpus/books/the-time-machine.paragraphs.txt',
  );
  const words = readFileSync(path, 'utf8').split(/\s+/).filter(Boolean);
  return words.slice(20, 20 + wordCount).join(' ');
}

export function textCall(
  input: string,
  extra: Partial<EngineV1CallOptions> = {},
): EngineV1CallOptions {
  return { input, inputType: 'text', format: 'pcm', ...extra };
}

export function ssmlCall(
  input: string,
  extra: Partial<EngineV1CallOptions> = {},
): EngineV1CallOptions {
  return { input, inputType: 'ssml', format: 'pcm', ...extra };
}

export function samplesOf(result: EngineV1Result): Int16Array {
  if (result.audio.type !== 'pcm') throw new Error('expected PCM');
  return result.audio.samples;
}

export function durationMs(result: EngineV1Result): number {
  return (samplesOf(result).length * 1000) / result.audio.sampleRate;
}

export function levels(samples: Int16Array): { peak: number; rms: number } {
  let peak = 0;
  let sum = 0;
  for (const sample of samples) {
    peak = Math.max(peak, Math.abs(sample));
    sum += sample * sample;
  }
  return { peak, rms: Math.sqrt(sum / Math.max(1, samples.length)) };
}

export async function collect(
  stream: ReadableStream<EngineV1StreamPart>,
): Promise<EngineV1StreamPart[]> {
  const parts: EngineV1StreamPart[] = [];
  for await (const part of stream as unknown as AsyncIterable<EngineV1StreamPart>)
    parts.push(part);
  return parts;
}

export function concatAudio(parts: EngineV1StreamPart[]): Int16Array {
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

/** Settles a promise into its rejection (or undefined). */
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve(promise).then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** Byte equality of two sample arrays (vitest's deep diff of large arrays is very slow). */
export function sameSamples(actual: Int16Array, expected: Int16Array): boolean {
  return Buffer.from(actual.buffer, actual.byteOffset, actual.byteLength).equals(
    Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength),
  );
}
