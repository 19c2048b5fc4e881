import { createSynthesizer } from '@ttskit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPollyEngine } from '../src/index';
import { collect } from './helpers';
import { liftLoopbackGuard } from './loopback-guard.setup';

// Runs against the real Amazon Polly only when AWS credentials and a region
// are in the environment; every other test uses the local fake.
const environment = process.env;
const live = Boolean(
  environment.AWS_ACCESS_KEY_ID &&
    environment.AWS_SECRET_ACCESS_KEY &&
    (environment.AWS_REGION || environment.AWS_DEFAULT_REGION),
);

describe.skipIf(!live)(
  'live Amazon Polly (skipped unless AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_REGION are set)',
  () => {
    let polly: ReturnType<typeof createPollyEngine>;
    beforeAll(() => {
      liftLoopbackGuard();
      polly = createPollyEngine();
    });
    afterAll(() => polly.dispose());

    it('lists voices with BCP-47 languages and engine types', async () => {
      const voices = await polly.voices({ languageCode: 'en-US' });
      expect(voices.some((voice) => voice.id === 'Joanna:neural')).toBe(true);
      expect(voices.every((voice) => voice.languages.includes('en-US'))).toBe(true);
    });

    it('synthesizes with real word timings and marks mapped to the source', async () => {
      const ssml = '<speak>Héllo, wörld. <mark name="m"/>Ça va très bien.</speak>';
      const tts = createSynthesizer({ engine: polly('Joanna'), memoryCache: false });
      const result = await tts.synthesize({ ssml, format: 'wav' });
      await tts.dispose();
      expect(result.engine).toBe('polly');
      expect(result.durationMs).toBeGreaterThan(500);
      expect(result.marks.map((mark) => mark.name)).toEqual(['m']);
      for (const word of result.words)
        expect(ssml.slice(word.sourceStart, word.sourceEnd)).toBe(word.text);
    });

    it('streams PCM as it arrives, for every engine type Joanna has', async () => {
      for (const voice of ['Joanna:standard', 'Joanna:neural', 'Joanna:generative']) {
        const { stream } = await polly(voice).doStream({
          input: '<speak>Streaming works.</speak>',
          inputType: 'ssml',
          format: 'pcm',
        });
        const parts = await collect(stream);
        expect(parts.some((part) => part.type === 'audio-delta')).toBe(true);
        expect(parts.at(-1)?.type).toBe('finish');
      }
    });
  },
);
