import type { EngineV1CallOptions } from '@ttskit/core/spec';
import { createGoogleEngine, type GoogleEngineSettings } from '../../src/index';
import type { GoogleFake } from './google-fake-server';

export const TEST_API_KEY = 'test-key';

/** A provider pointed at the fake, with complete fake credentials. */
export function fakeProvider(fake: GoogleFake, settings: GoogleEngineSettings = {}) {
  return createGoogleEngine({ apiKey: TEST_API_KEY, baseURL: fake.url, ...settings });
}

export function ssmlCall(
  input: string,
  extra: Partial<EngineV1CallOptions> = {},
): EngineV1CallOptions {
  return { input, inputType: 'ssml', format: 'pcm', ...extra };
}

export function textCall(
  input: string,
  extra: Partial<EngineV1CallOptions> = {},
): EngineV1CallOptions {
  return { input, inputType: 'text', format: 'pcm', ...extra };
}

/** Settles a promise into its rejection (or undefined when it resolves). */
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve(promise).then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** Synthesis requests the fake received, in order. */
export function synthesizeRequests(fake: GoogleFake) {
  return fake.requests.filter((request) => request.path.endsWith('text:synthesize'));
}
