import type {
  EngineV1CallOptions,
  EngineV1Result,
  EngineV1StreamPart,
} from '@ttskit/core/spec';
import {
  createSpeechifyEngine,
  type SpeechifyEngineProvider,
  type SpeechifyEngineSettings,
} from '../src/index';
import type { FakeSpeechify } from './fake-speechify-server';

export function engineFor(
  fake: FakeSpeechify,
  settings: SpeechifyEngineSettings = {},
): SpeechifyEngineProvider {
  return createSpeechifyEngine({
    apiKey: 'test-key',
    baseURL: fake.baseURL,
    ...settings,
  });
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

/** The JSON body of the last request the fake received. */
export function lastBody(fake: FakeSpeechify): Record<string, unknown> {
  const request = fake.requests.at(-1);
  if (!request) throw new Error('no request was made');
  return JSON.parse(request.body) as Record<string, unknown>;
}

/** The input slices the words point at. */
export function slices(result: EngineV1Result, input: string): string[] {
  return result.words.map((word) => input.slice(word.inputStart, word.inputEnd));
}

export async function collect(
  stream: ReadableStream<EngineV1StreamPart>,
): Promise<EngineV1StreamPart[]> {
  const parts: EngineV1StreamPart[] = [];
  for await (const part of stream as unknown as AsyncIterable<EngineV1StreamPart>)
    parts.push(part);
  return parts;
}

/** Settles a promise into its rejection (or undefined). */
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve(promise).then(
    () => undefined,
    (error: unknown) => error,
  );
}
