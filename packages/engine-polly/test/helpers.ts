import type { EngineV1Result, EngineV1StreamPart } from '@ttskit/core/spec';
import { createPollyEngine, type PollyEngineSettings } from '../src/index';
import type { FakePollyServer, RecordedRequest } from './fake-polly/fake-polly-server';

export const FAKE_CREDENTIALS = {
  accessKeyId: 'AKIDFAKE',
  secretAccessKey: 'fake-secret',
};

/** A provider pointed at the fake, with complete fake credentials. */
export function pollyForFake(fake: FakePollyServer, settings: PollyEngineSettings = {}) {
  return createPollyEngine({
    region: 'us-east-1',
    credentials: FAKE_CREDENTIALS,
    baseURL: fake.url,
    ...settings,
  });
}

export function ssmlCall(input: string, extra: Record<string, unknown> = {}) {
  return { input, inputType: 'ssml' as const, format: 'pcm' as const, ...extra };
}

export function audioRequests(fake: FakePollyServer): RecordedRequest[] {
  return fake.requests.filter(
    (request) => request.json && request.json.OutputFormat !== 'json',
  );
}

export function marksRequests(fake: FakePollyServer): RecordedRequest[] {
  return fake.requests.filter((request) => request.json?.OutputFormat === 'json');
}

export function samplesOf(result: EngineV1Result): Int16Array {
  if (result.audio.type !== 'pcm') throw new Error('expected PCM');
  return result.audio.samples;
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
