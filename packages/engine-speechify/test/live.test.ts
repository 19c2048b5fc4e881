import type { LoopbackGuard } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpeechifyEngine } from '../src/index';
import { collect, slices, textCall } from './helpers';

// Against the real API, only when SPEECHIFY_API_KEY is set (it costs credits):
//   SPEECHIFY_API_KEY=... npx vitest run test/live.test.ts
// SPEECHIFY_BASE_URL overrides the host (e.g. https://api.speechify.ai).
const apiKey = process.env.SPEECHIFY_API_KEY;
const live = apiKey !== undefined && apiKey !== '';

describe.skipIf(!live)(
  'live Speechify API (skipped unless SPEECHIFY_API_KEY is set)',
  () => {
    const guard = (globalThis as Record<symbol, unknown>)[
      Symbol.for('ttskit.test.loopbackGuard')
    ] as LoopbackGuard | undefined;
    const speechify = createSpeechifyEngine({
      ...(process.env.SPEECHIFY_BASE_URL
        ? { baseURL: process.env.SPEECHIFY_BASE_URL }
        : {}),
    });
    beforeAll(() => guard?.restore());
    afterAll(() => speechify.dispose());

    it('lists voices with BCP-47 languages', async () => {
      const voices = await speechify.voices();
      expect(voices.length).toBeGreaterThan(0);
      expect(voices.find((voice) => voice.id === 'george')?.languages[0]).toMatch(
        /^en-[A-Z]{2}$/,
      );
    }, 30_000);

    it('synthesizes WAV with speech marks that point into the input', async () => {
      const input = 'Hello from ttskit. Café, naïve and déjà vu.';
      const result = await speechify('george').doSynthesize(textCall(input));
      expect(result.audio.type).toBe('pcm');
      expect(result.words.length).toBeGreaterThan(4);
      expect(slices(result, input).slice(0, 3)).toEqual(['Hello', 'from', 'ttskit']);
      console.info(
        'live words:',
        result.words.slice(0, 8),
        'audio rate:',
        result.audio.sampleRate,
      );
    }, 30_000);

    it('streams PCM', async () => {
      const engine = speechify('george');
      const { stream } = await (engine.doStream as NonNullable<typeof engine.doStream>)(
        textCall('Streaming from the live API.'),
      );
      const parts = await collect(stream);
      expect(parts.filter((part) => part.type === 'audio-delta').length).toBeGreaterThan(
        0,
      );
      expect(parts.at(-1)?.type).toBe('finish');
    }, 30_000);
  },
);

describe.runIf(!live)('live Speechify API', () => {
  it.skip('skipped: set SPEECHIFY_API_KEY to run the live tests against api.sws.speechify.com', () => {});
});
