import { AbortError, InvalidArgumentError } from '@ttskit/core/spec';
import { afterAll, describe, expect, it } from 'vitest';
import { createEspeakEngine, espeak } from '../src/index';
import {
  bookText,
  durationMs,
  levels,
  rejectionOf,
  sameSamples,
  samplesOf,
  ssmlCall,
  textCall,
} from './helpers';

const provider = createEspeakEngine({ workers: 2 });
const engine = provider('en-us');

afterAll(() => provider.dispose());

describe('espeak engine: identity and voices', () => {
  it('is a v1 engine for the resolved voice', () => {
    expect(engine).toMatchObject({
      specificationVersion: 'v1',
      engine: 'espeak',
      voice: 'en-us',
    });
    expect(engine.capabilities).toEqual({
      ssml: { dialect: 'espeak' },
      maxInput: { unit: 'utf16', max: 20_000 },
      formats: [{ format: 'pcm', sampleRates: [22050] }],
      streaming: true,
      wordTimings: 'real',
      marks: true,
    });
    expect(espeak().voice).toBe('en-us');
    expect(espeak.defaultVoice).toBe('en-us');
    expect(espeak('en-US').voice).toBe('en-us');
    expect(espeak.voice('de-DE').voice).toBe('de');
  });

  it('rejects an unknown voice when the engine is created', () => {
    let caught: unknown;
    try {
      espeak('xx');
    } catch (error) {
      caught = error;
    }
    expect(InvalidArgumentError.isInstance(caught)).toBe(true);
    expect(caught).toMatchObject({ argument: 'voice' });
    expect((caught as Error).message).toMatch(/"xx".*ttskit voices/);
    expect(() => createEspeakEngine({ defaultVoice: 'nope' })).toThrow(
      /unknown voice "nope"/,
    );
  });

  it('lists voices', async () => {
    const voices = await espeak.voices();
    expect(voices.length).toBeGreaterThan(100);
    expect(voices).toContainEqual({
      id: 'en-us',
      name: 'English (America)',
      engine: 'espeak',
      languages: ['en-US', 'en'],
      gender: 'male',
    });
  });
});

describe('espeak engine: audio', () => {
  it('speaks a sentence: non-silent 22 050 Hz PCM whatever format or rate was asked for', async () => {
    const result = await engine.doSynthesize(
      textCall('The quick brown fox jumps over the lazy dog.', {
        format: 'mp3',
        sampleRate: 16000,
      }),
    );
    expect(result.audio.type).toBe('pcm');
    expect(result.audio.sampleRate).toBe(22050);
    expect(durationMs(result)).toBeGreaterThan(1500);
    const { peak, rms } = levels(samplesOf(result));
    expect(peak).toBeGreaterThan(5000);
    expect(rms).toBeGreaterThan(500);
    expect(result.warnings).toEqual([]);
    expect(result.response.timestamp).toBeInstanceOf(Date);
  });

  it('makes the audio 1.5 s longer for <break time="1500ms"/>', async () => {
    const plain = await engine.doSynthesize(
      ssmlCall('<speak>Hello there and bye.</speak>'),
    );
    const paused = await engine.doSynthesize(
      ssmlCall('<speak>Hello there <break time="1500ms"/> and bye.</speak>'),
    );
    expect(durationMs(paused) - durationMs(plain)).toBeGreaterThan(1350);
    expect(durationMs(paused) - durationMs(plain)).toBeLessThan(1650);
  });

  it('speaks plain text with < and & instead of reading them as markup', async () => {
    const input = 'if a<b and c>d & e';
    const result = await engine.doSynthesize(textCall(input));
    expect(result.words.map((word) => word.text)).toEqual([
      'if',
      'a',
      'b',
      'and',
      'c',
      'd',
      '&',
      'e',
    ]);
    // Unescaped, espeak drops "b and c" as a tag and speaks about half as long.
    const ssml = await engine.doSynthesize(ssmlCall('if a&lt;b and c&gt;d &amp; e'));
    expect(sameSamples(samplesOf(result), samplesOf(ssml))).toBe(true);
  });

  it('applies rate, pitch and volume from engineOptions, and validates them', async () => {
    const text = 'This sentence is spoken at two different speeds.';
    const normal = await engine.doSynthesize(textCall(text));
    const fast = await engine.doSynthesize(
      textCall(text, { engineOptions: { espeak: { rate: 350 } } }),
    );
    expect(durationMs(fast)).toBeLessThan(durationMs(normal) * 0.65);
    const quiet = await engine.doSynthesize(
      textCall(text, { engineOptions: { espeak: { volume: 30 } } }),
    );
    expect(levels(samplesOf(quiet)).rms).toBeLessThan(
      levels(samplesOf(normal)).rms * 0.5,
    );

    for (const options of [
      { rate: 1000 },
      { pitch: -1 },
      { volume: '10' },
      { speed: 2 },
    ]) {
      const error = await rejectionOf(
        engine.doSynthesize(textCall(text, { engineOptions: { espeak: options } })),
      );
      expect(InvalidArgumentError.isInstance(error), JSON.stringify(options)).toBe(true);
    }
    expect(() => createEspeakEngine({ rate: 20 })).toThrow(/settings.rate/);
    expect(() => createEspeakEngine({ workers: 0 })).toThrow(/settings.workers/);
  });

  it('gives identical audio for identical input, on any worker and after other calls', async () => {
    const call = textCall('Determinism matters for caching. Same input, same bytes.');
    const first = await engine.doSynthesize(call);
    await engine.doSynthesize(
      ssmlCall(
        '<speak><prosody rate="x-slow" pitch="high">Other settings.</prosody></speak>',
      ),
    );
    await provider('fr').doSynthesize(textCall('Bonjour tout le monde.'));
    const again = await Promise.all([
      engine.doSynthesize(call),
      engine.doSynthesize(call),
    ]);
    for (const result of again)
      expect(sameSamples(samplesOf(result), samplesOf(first))).toBe(true);
  });

  it('speaks another language with its own voice', async () => {
    const german = await provider('de-DE').doSynthesize(
      textCall('Guten Tag, wie geht es Ihnen?'),
    );
    const english = await engine.doSynthesize(textCall('Guten Tag, wie geht es Ihnen?'));
    expect(sameSamples(samplesOf(german), samplesOf(english))).toBe(false);
    expect(levels(samplesOf(german)).peak).toBeGreaterThan(5000);
  });

  it('runs concurrent calls across the pool', async () => {
    const texts = Array.from(
      { length: 6 },
      (_, index) => `${bookText(40 + index * 7)} Number ${index}.`,
    );
    const sequential: Int16Array[] = [];
    for (const text of texts)
      sequential.push(samplesOf(await engine.doSynthesize(textCall(text))));
    const concurrent = await Promise.all(
      texts.map((text) => engine.doSynthesize(textCall(text))),
    );
    concurrent.forEach((result, index) => {
      expect(sameSamples(samplesOf(result), sequential[index] as Int16Array)).toBe(true);
    });
  });
});

describe('espeak engine: abort', () => {
  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('user gave up'));
    const error = await rejectionOf(
      engine.doSynthesize(textCall('Never spoken.', { abortSignal: controller.signal })),
    );
    expect(AbortError.isInstance(error)).toBe(true);
    expect((error as Error).cause).toEqual(new Error('user gave up'));
  });

  it('stops the worker mid-synthesis and frees it for the next call', async () => {
    const single = createEspeakEngine({ workers: 1 });
    const voice = single('en-us');
    try {
      const longText = bookText(1500);
      const startedAt = performance.now();
      await voice.doSynthesize(textCall(longText));
      const fullMs = performance.now() - startedAt;

      const controller = new AbortController();
      const abortedAt = performance.now();
      const pending = voice.doSynthesize(
        textCall(longText, { abortSignal: controller.signal }),
      );
      setTimeout(() => controller.abort(), 30);
      const error = await rejectionOf(pending);
      expect(AbortError.isInstance(error)).toBe(true);
      // The single worker is free again long before the full text would have finished.
      const next = await voice.doSynthesize(textCall('Next.'));
      expect(samplesOf(next).length).toBeGreaterThan(0);
      expect(performance.now() - abortedAt).toBeLessThan(fullMs / 2);
    } finally {
      await single.dispose();
    }
  });
});
