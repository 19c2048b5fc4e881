import { createSynthesizer } from '@ttskit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GoogleFake, startGoogleFake } from './support/google-fake-server';
import { fakeProvider, synthesizeRequests } from './support/test-engine';

let fake: GoogleFake;
beforeAll(async () => {
  fake = await startGoogleFake();
});
afterAll(() => fake.close());

describe('Chirp and Journey voices through the synthesizer', () => {
  it.each(['en-US-Chirp3-HD-Charon', 'en-US-Journey-F'])(
    '%s gets plain text only; core emulates breaks, rates and marks',
    async (voice) => {
      fake.requests.length = 0;
      const tts = createSynthesizer({
        engine: fakeProvider(fake)(voice),
        memoryCache: false,
      });
      const result = await tts.synthesize({
        ssml: '<speak>First part. <break time="1s"/><prosody rate="150%">Quick part.</prosody> <mark name="after"/>Last part.</speak>',
      });
      const bodies = synthesizeRequests(fake).map(
        (request) =>
          request.body as {
            input: { text?: string; ssml?: string };
            audioConfig: { speakingRate?: number };
          },
      );
      expect(bodies.every((body) => body.input.ssml === undefined)).toBe(true);
      expect(bodies.map((body) => body.input.text)).toEqual([
        'First part.',
        'Quick part.',
        'Last part.',
      ]);
      const rates = bodies.map((body) => body.audioConfig.speakingRate);
      // Chirp 3: HD takes a speaking rate; Journey takes none (a warning instead)
      expect(rates).toEqual(
        voice.includes('Chirp3')
          ? [undefined, 1.5, undefined]
          : [undefined, undefined, undefined],
      );
      expect(result.marks.map((mark) => mark.name)).toEqual(['after']);
      expect(result.marks[0]?.timeMs).toBeGreaterThan(1_000);
    },
  );
});
