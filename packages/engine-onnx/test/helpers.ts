import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  EngineV1CallOptions,
  EngineV1Result,
  EngineV1StreamPart,
} from '@ttskit/core/spec';
import { createEspeakEngine } from '@ttskit/engine-espeak';

/** A fresh temporary directory, removed by the returned function. */
export function temporaryDirectory(prefix = 'ttskit-onnx-'): {
  path: string;
  remove: () => void;
} {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** One espeak worker shared by a test file (phonemizing only). */
export function createTestPhonemizer() {
  return createEspeakEngine({ workers: 1, warmUp: false });
}

export function textCall(
  input: string,
  extra: Partial<EngineV1CallOptions> = {},
): EngineV1CallOptions {
  return { input, inputType: 'text', format: 'pcm', ...extra };
}

export function samplesOf(result: EngineV1Result): Int16Array {
  if (result.audio.type !== 'pcm') throw new Error('expected PCM');
  return result.audio.samples;
}

/** Tiny-model audio → one id per block: the first sample encodes `(id + 1) / 1024 × gain`. */
export function idsFromAudio(options: {
  samples: Int16Array;
  samplesPerId: number;
  gain: number;
}): number[] {
  const { samples, samplesPerId, gain } = options;
  const ids: number[] = [];
  for (let offset = 0; offset + samplesPerId <= samples.length; offset += samplesPerId) {
    const first = (samples[offset] as number) / 32767;
    ids.push(Math.round((first / gain) * 1024) - 1);
  }
  return ids;
}

/** Largest absolute sample of a range. */
export function peak(samples: Int16Array, start = 0, end = samples.length): number {
  let max = 0;
  for (let index = start; index < end; index++)
    max = Math.max(max, Math.abs(samples[index] as number));
  return max;
}

export async function collect(
  stream: ReadableStream<EngineV1StreamPart>,
): Promise<EngineV1StreamPart[]> {
  const parts: EngineV1StreamPart[] = [];
  for await (const part of stream as unknown as AsyncIterable<EngineV1StreamPart>)
    parts.push(part);
  return parts;
}

export async function rejectionOf(promise: PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve(promise).then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** Piper's ids for IPA clauses, built independently of the engine: `^ _ (phoneme _)* $`. */
export function expectedPiperIds(options: {
  clauses: readonly { phonemes: string; punctuation: string }[];
  map: Record<string, number[]>;
}): number[] {
  const { clauses, map } = options;
  const symbols = clauses
    .map((clause) => `${clause.phonemes}${clause.punctuation}`)
    .join(' ')
    .normalize('NFD');
  const id = (symbol: string) => map[symbol]?.[0] as number;
  const ids = [id('^'), id('_')];
  for (const symbol of symbols) ids.push(id(symbol), id('_'));
  ids.push(id('$'));
  return ids;
}
