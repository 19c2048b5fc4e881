import type { EngineProviderV1 } from '@ttskit/core/spec';
import { describe, expect, it } from 'vitest';
import { createGoogleEngine } from '../src/index';

const google = createGoogleEngine({ apiKey: 'unused' });

describe('capabilities per voice family', () => {
  it.each([
    ['en-US-Standard-C', 'standard', 'google', true, { min: 0.25, max: 4 }],
    ['en-US-Wavenet-D', 'wavenet', 'google', true, { min: 0.25, max: 4 }],
    ['en-US-Neural2-F', 'neural2', 'google', true, { min: 0.25, max: 4 }],
    ['en-US-News-K', 'news', 'google', true, { min: 0.25, max: 4 }],
    ['en-US-Polyglot-1', 'polyglot', 'google', true, { min: 0.25, max: 4 }],
    ['en-US-Studio-O', 'studio', 'google', false, { min: 0.25, max: 4 }],
    ['en-US-Journey-F', 'journey', 'text', false, undefined],
    ['en-US-Chirp-HD-D', 'chirp-hd', 'text', false, undefined],
    ['en-US-Chirp3-HD-Charon', 'chirp3-hd', 'text', false, { min: 0.25, max: 2 }],
  ])('%s: %s, dialect %s, marks %s', (voice, family, dialect, marks, speed) => {
    const engine = google(voice);
    expect(engine.family).toBe(family);
    expect(engine.capabilities).toEqual({
      ssml: { dialect },
      maxInput: { unit: 'utf8-bytes', max: 5_000 },
      formats: [
        {
          format: 'wav',
          sampleRates: [8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000],
        },
        {
          format: 'pcm',
          sampleRates: [8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000],
        },
        {
          format: 'mp3',
          sampleRates: [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000],
        },
        { format: 'ogg_opus', sampleRates: [8000, 12000, 16000, 24000, 48000] },
      ],
      streaming: false,
      wordTimings: 'none',
      marks,
      ...(speed === undefined ? {} : { speed }),
    });
  });

  it('identifies itself and defaults to en-US-Neural2-F', () => {
    const engine = google();
    expect(engine).toMatchObject({
      specificationVersion: 'v1',
      engine: 'google',
      voice: 'en-US-Neural2-F',
    });
    expect(google.engine).toBe('google');
    expect(google.defaultVoice).toBe('en-US-Neural2-F');
    expect(google.voice('en-GB-Neural2-A').voice).toBe('en-GB-Neural2-A');
    const provider: EngineProviderV1 = google; // what createSynthesizer takes
    expect(provider.voice('en-US-Wavenet-D').engine).toBe('google');
  });

  it('checks settings when the provider is created', () => {
    expect(() => createGoogleEngine({ baseURL: 'not a url' })).toThrow(
      /\[engine-google\] baseURL/,
    );
    expect(() => createGoogleEngine({ timeoutMs: 0 })).toThrow(/timeoutMs/);
    expect(() => google('  ')).toThrow(/voice name/);
  });
});
