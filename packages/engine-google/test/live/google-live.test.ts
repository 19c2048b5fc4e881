import { createSynthesizer } from '@ttskit/core';
import { EngineCallError } from '@ttskit/core/spec';
import { describe, expect, it } from 'vitest';
import { createGoogleEngine } from '../../src/index';

// Against the real texttospeech.googleapis.com, only with credentials:
// GOOGLE_API_KEY=... npx vitest run --project live
const apiKey = process.env.GOOGLE_API_KEY;
if (!apiKey) {
  console.info(
    '[ttskit] [engine-google] live tests skipped: set GOOGLE_API_KEY to run them against the real API',
  );
}

describe.skipIf(!apiKey)('live: Google Cloud Text-to-Speech (GOOGLE_API_KEY)', () => {
  const google = createGoogleEngine({ timeoutMs: 30_000 });

  it('speaks SSML with a Neural2 voice and times its marks', async () => {
    const result = await google('en-US-Neural2-F').doSynthesize({
      input: '<speak>Hello <mark name="middle"/> world.</speak>',
      inputType: 'ssml',
      format: 'wav',
    });
    expect(result.audio).toMatchObject({ type: 'pcm', sampleRate: 24_000 });
    expect(result.marks.map((mark) => mark.name)).toEqual(['middle']);
    expect(result.marks[0]?.timeMs).toBeGreaterThan(0);
  });

  it('speaks plain text with a Chirp 3: HD voice through the synthesizer, as MP3', async () => {
    const tts = createSynthesizer({ engine: google('en-US-Chirp3-HD-Charon') });
    const result = await tts.synthesize({ text: 'Hello from ttskit.', format: 'mp3' });
    expect(result.audio.byteLength).toBeGreaterThan(1_000);
    expect(result.durationMs).toBeGreaterThan(300);
  });

  it('lists voices with their families', async () => {
    const voices = await google.voices({ languageCode: 'en-US' });
    expect(voices.length).toBeGreaterThan(10);
    expect(voices.some((voice) => voice.family === 'chirp3-hd')).toBe(true);
  });

  it('reports a bad key as a non-retryable EngineCallError', async () => {
    const engine = createGoogleEngine({ apiKey: 'not-a-key' })('en-US-Neural2-F');
    const error = await Promise.resolve(
      engine.doSynthesize({ input: 'Hi.', inputType: 'text', format: 'pcm' }),
    ).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(EngineCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ isRetryable: false });
  });
});
