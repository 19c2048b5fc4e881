import { describe, expect, it } from 'vitest';
import { decodeWav } from '../audio/wav-decoder';
import { MockEngine } from '../test-kit/mock-engine';
import { createSynthesizer } from './synthesizer';

const sampleRate = 16_000;
const samplesPerWord = sampleRate / 5;

describe('SSML emulation for engines without SSML', () => {
  it('turns breaks into silence, rate into speed and marks into timed marks', async () => {
    const engine = new MockEngine({
      capabilities: { speed: { min: 0.5, max: 2 }, marks: false },
    });
    const tts = createSynthesizer({ engine, memoryCache: false });
    const ssml =
      '<speak><mark name="a"/>One two<break time="500ms"/><prosody rate="150%">three</prosody><mark name="b"/> four<break strength="x-strong"/></speak>';
    const result = await tts.synthesize({ ssml, format: 'wav' });
    expect(engine.calls.map((call) => [call.input, call.speed])).toEqual([
      ['One two', undefined],
      ['three', 1.5],
      ['four', undefined],
    ]);
    const samples = decodeWav(result.audio).samples;
    const pause = (ms: number) => (ms * sampleRate) / 1000;
    expect(samples.length).toBe(4 * samplesPerWord + pause(500) + pause(1250));
    // the pause is real silence, placed after the first two words
    const silence = samples.subarray(2 * samplesPerWord, 2 * samplesPerWord + pause(500));
    expect(silence.every((sample) => sample === 0)).toBe(true);
    expect(result.marks).toEqual([
      { name: 'a', timeMs: 0 },
      { name: 'b', timeMs: 1100 },
    ]);
    expect(result.words.map((word) => [word.text, word.startMs])).toEqual([
      ['One', 0],
      ['two', 200],
      ['three', 900],
      ['four', 1100],
    ]);
    for (const word of result.words)
      expect(ssml.slice(word.sourceStart, word.sourceEnd)).toBe(word.text);
    expect(result.warnings.filter((warning) => warning.type === 'ssml-lowered')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'emulated', element: 'break', occurrences: 2 }),
        expect.objectContaining({
          action: 'emulated',
          element: 'prosody',
          attribute: 'rate',
        }),
      ]),
    );
  });

  it('spells out say-as characters and speaks sub aliases', async () => {
    const engine = new MockEngine();
    const tts = createSynthesizer({ engine, memoryCache: false });
    const ssml =
      '<speak><say-as interpret-as="spell-out">IBM</say-as> and <sub alias="World Wide Web">WWW</sub></speak>';
    const result = await tts.synthesize({ ssml });
    expect(engine.calls.map((call) => call.input)).toEqual(['I B M and World Wide Web']);
    // word timings point at the caller's own text: the spelled-out letters are one word, "IBM"
    expect(result.words[0]).toMatchObject({
      text: 'IBM',
      sourceStart: ssml.indexOf('IBM'),
      sourceEnd: ssml.indexOf('IBM') + 3,
    });
  });

  it('warns instead of emulating when the engine has no speed or returns compressed audio', async () => {
    const slow = new MockEngine();
    const noSpeed = await createSynthesizer({
      engine: slow,
      memoryCache: false,
    }).synthesize({
      ssml: '<speak>a <prosody rate="x-fast">b</prosody></speak>',
    });
    expect(noSpeed.warnings).toContainEqual(
      expect.objectContaining({ type: 'unsupported-feature', feature: 'prosody.rate' }),
    );
    const clamped = new MockEngine({ capabilities: { speed: { min: 0.8, max: 1.2 } } });
    const clampedResult = await createSynthesizer({
      engine: clamped,
      memoryCache: false,
    }).synthesize({ ssml: '<speak>a <prosody rate="x-fast">b</prosody></speak>' });
    expect(clamped.calls.map((call) => call.speed)).toEqual([undefined, 1.2]);
    expect(clampedResult.warnings).toContainEqual(
      expect.objectContaining({ type: 'unsupported-setting', setting: 'speed' }),
    );
    const mp3Only = new MockEngine({
      capabilities: { formats: [{ format: 'mp3', sampleRates: [24_000] }] },
    });
    const compressed = await createSynthesizer({
      engine: mp3Only,
      memoryCache: false,
    }).synthesize({ ssml: '<speak>a<break time="1s"/>b</speak>', format: 'pcm' });
    expect(mp3Only.calls.map((call) => call.input)).toEqual(['a b']);
    expect(compressed.warnings).toContainEqual(
      expect.objectContaining({ type: 'unsupported-feature', feature: 'ssml-emulation' }),
    );
  });
});
