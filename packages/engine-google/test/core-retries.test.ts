import { createSynthesizer } from '@ttskit/core';
import { EngineCallError } from '@ttskit/core/spec';
import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleError } from './support/fake-reply';
import { type GoogleFake, startGoogleFake } from './support/google-fake-server';
import { fakeProvider, rejectionOf, synthesizeRequests } from './support/test-engine';

let fake: GoogleFake;
/** Failures still to give, per input text. */
const failures = new Map<string, number>();

beforeAll(async () => {
  fake = await startGoogleFake({
    respond: (request) => {
      const text = (request.body as { input?: { text?: string } } | undefined)?.input
        ?.text;
      if (text === 'Bad input.')
        return googleError({ status: 400, code: 'INVALID_ARGUMENT', message: 'Bad.' });
      const left = text === undefined ? 0 : (failures.get(text) ?? 0);
      if (text === undefined || left === 0) return undefined;
      failures.set(text, left - 1);
      return {
        ...googleError({ status: 503, code: 'UNAVAILABLE', message: 'Try again.' }),
        headers: { 'retry-after': '1' },
      };
    },
  });
});
afterAll(() => fake.close());

describe('core owns retries', () => {
  it('retries a 503 through core, waiting at least Retry-After, one request per attempt', async () => {
    failures.set('Retry me.', 2);
    const waits: number[] = [];
    const tts = createSynthesizer({
      engine: fakeProvider(fake)('en-US-Chirp3-HD-Charon'),
      retry: { maxRetries: 2 },
      _internal: { wait: async (ms) => void waits.push(ms) },
    });
    fake.requests.length = 0;
    const result = await tts.synthesize({ text: 'Retry me.' });
    expect(result.engine).toBe('google');
    expect(synthesizeRequests(fake)).toHaveLength(3);
    expect(waits).toHaveLength(2);
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(1_000);
  });

  it('gives up after core’s retries and falls back to the next engine', async () => {
    failures.set('Always down.', 100);
    const fallback = new MockEngine({ engine: 'mock' });
    const tts = createSynthesizer({
      engine: [fakeProvider(fake)('en-US-Chirp3-HD-Charon'), fallback],
      retry: { maxRetries: 1 },
      _internal: { wait: async () => {} },
    });
    fake.requests.length = 0;
    const result = await tts.synthesize({ text: 'Always down.' });
    expect(result.engine).toBe('mock');
    expect(synthesizeRequests(fake)).toHaveLength(2);
  });

  it('does not retry a 400', async () => {
    const tts = createSynthesizer({
      engine: fakeProvider(fake)('en-US-Chirp3-HD-Charon'),
      _internal: { wait: async () => {} },
    });
    fake.requests.length = 0;
    const error = await rejectionOf(tts.synthesize({ text: 'Bad input.' }));
    expect(EngineCallError.isInstance(error)).toBe(true);
    expect(synthesizeRequests(fake)).toHaveLength(1);
  });
});
