import type {
  EngineV1CallOptions,
  EngineV1Result,
  EngineV1StreamPart,
} from '@ttskit/core/spec';
import { afterAll, afterEach } from 'vitest';
import { type AzureEngineSettings, createAzureEngine } from '../src/index';
import {
  FAKE_KEY,
  type FakeBehaviour,
  type FakeSpeechService,
  startFakeSpeechService,
} from './fake/fake-speech-service.mjs';

export const VOICE = 'en-US-AvaMultilingualNeural';

/**
 * A fake service for this test file and a provider factory pointed at it.
 * Providers are disposed and the behaviour reset after each test.
 */
export function useFakeService(defaults: Partial<FakeBehaviour> = {}) {
  let service: FakeSpeechService | undefined;
  const providers: Array<ReturnType<typeof createAzureEngine>> = [];
  const ready = startFakeSpeechService({ behaviour: defaults }).then((started) => {
    service = started;
    return started;
  });
  afterEach(async () => {
    for (const provider of providers.splice(0)) await provider.dispose();
    if (service)
      service.behaviour = {
        turn: 'speak',
        frameDelayMs: 0,
        chunkBytes: 4096,
        ...defaults,
      };
  });
  afterAll(async () => (await ready).close());
  return {
    service: () => ready,
    async provider(settings: AzureEngineSettings = {}) {
      const started = await ready;
      const provider = createAzureEngine({
        apiKey: FAKE_KEY,
        baseURL: started.url,
        ...settings,
      });
      providers.push(provider);
      return provider;
    },
  };
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

/** Waits until `condition()` holds (polling), or fails after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean,
  timeoutMs = 2_000,
): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('waitFor: condition not met');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
