import { createSynthesizer } from '@ttskit/core';
import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSpeechify, startFakeSpeechify } from './fake-speechify-server';
import { engineFor } from './helpers';

let fake: FakeSpeechify;
beforeAll(async () => {
  fake = await startFakeSpeechify();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

const unavailable = {
  status: 503,
  body: { error: { code: 'service_unavailable', message: 'Try later' } },
};
const retry = { maxRetries: 2, initialDelayMs: 1, maxDelayMs: 5 };

describe('with createSynthesizer', () => {
  it('core retries a 503 and then falls back to the next engine', async () => {
    fake.script(unavailable, unavailable, unavailable);
    const tts = createSynthesizer({
      engine: [engineFor(fake)('george'), new MockEngine({ engine: 'fallback' })],
      memoryCache: false,
      retry,
    });
    const result = await tts.synthesize({ text: 'Falls back.', format: 'wav' });
    expect(result.engine).toBe('fallback');
    expect(fake.requests.length).toBe(3); // one per attempt: the engine never retries itself
  });

  it('a 429 with Retry-After is retried and then served by Speechify', async () => {
    fake.script({
      status: 429,
      body: { error: { code: 'rate_limited', message: 'Slow down' } },
      headers: { 'retry-after': '0' },
    });
    const tts = createSynthesizer({
      engine: engineFor(fake)('george'),
      memoryCache: false,
      retry,
    });
    const result = await tts.synthesize({ text: 'Eventually.', format: 'mp3' });
    expect(result.engine).toBe('speechify');
    expect(result.format).toBe('mp3');
    expect(fake.requests.length).toBe(2);
  });

  it('long SSML is chunked under 2,000 characters and stitched with words in order', async () => {
    const sentence =
      'Speechify reads this sentence with <emphasis>some</emphasis> weight. ';
    const ssml = `<speak>${sentence.repeat(60)}</speak>`;
    const tts = createSynthesizer({
      engine: engineFor(fake)('george'),
      memoryCache: false,
    });
    const result = await tts.synthesize({ ssml, format: 'wav' });
    expect(fake.requests.length).toBeGreaterThan(1);
    for (const request of fake.requests)
      expect(JSON.parse(request.body).input.length).toBeLessThanOrEqual(2_000);
    expect(result.words.length).toBe(60 * 7);
    const starts = result.words.map((word) => word.startMs);
    expect(starts).toEqual([...starts].sort((first, second) => first - second));
    expect(ssml.slice(result.words[5]?.sourceStart, result.words[5]?.sourceEnd)).toBe(
      'some',
    );
  });
});
