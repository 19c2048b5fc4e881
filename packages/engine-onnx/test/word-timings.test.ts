import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnnxEngine } from '../src/index';
import { writeTinyKokoroModel, writeTinyPiperVoice } from '../src/test-kit/index';
import { createTestPhonemizer, samplesOf, temporaryDirectory, textCall } from './helpers';

const directory = temporaryDirectory();
const phonemizer = createTestPhonemizer();
const onnx = createOnnxEngine({ voicesDir: directory.path, phonemizer });
const blockMs = (256 / 22_050) * 1000;

beforeAll(async () => {
  await writeTinyPiperVoice({ directory: directory.path });
  await writeTinyPiperVoice({
    directory: directory.path,
    name: 'en_US-tiny-durations',
    durations: true,
  });
  await writeTinyKokoroModel({ directory: directory.path, durations: true });
});
afterAll(async () => {
  await Promise.all([onnx.dispose(), phonemizer.dispose()]);
  directory.remove();
});

describe('word timings', () => {
  it('are estimated from phoneme counts when the model gives no durations', async () => {
    const engine = onnx('en_US-tiny-test');
    expect(engine.capabilities.wordTimings).toBe('estimated');
    const input = 'Hello world';
    const result = await engine.doSynthesize(textCall(input));
    // ^ _ | h ə l ˈ o ʊ (each + _) | space _ | w ˈ ɜ ː l d (each + _) | $
    expect(result.words).toEqual([
      {
        text: 'Hello',
        startMs: 2 * blockMs,
        endMs: 14 * blockMs,
        inputStart: 0,
        inputEnd: 5,
      },
      {
        text: 'world',
        startMs: 16 * blockMs,
        endMs: 28 * blockMs,
        inputStart: 6,
        inputEnd: 11,
      },
    ]);
    expect(samplesOf(result).length).toBe(29 * 256);
  });

  it("follow the model's durations output when it has one", async () => {
    const result = await onnx('en_US-tiny-durations').doSynthesize(
      textCall('Hello world'),
    );
    // Frames: 1 per pad, 3 for every other id: ^ _ = 4, Hello = 6 × 4, space _ = 4, world = 24, $ = 3.
    const unitMs = (29 * blockMs) / 59;
    const [hello, world] = result.words;
    expect(hello?.startMs).toBeCloseTo(4 * unitMs, 6);
    expect(hello?.endMs).toBeCloseTo(28 * unitMs, 6);
    expect(world?.startMs).toBeCloseTo(32 * unitMs, 6);
    expect(world?.endMs).toBeCloseTo(56 * unitMs, 6);
  });

  it('use Kokoro durations (int64) too, and offsets point into the input', async () => {
    const input = 'Go  on, then!';
    const result = await onnx('kokoro-tiny/af_test').doSynthesize(textCall(input));
    expect(
      result.words.map((word) => input.slice(word.inputStart, word.inputEnd)),
    ).toEqual(['Go', 'on', 'then']);
    for (const [index, word] of result.words.entries()) {
      expect(word.endMs).toBeGreaterThan(word.startMs);
      expect(word.startMs).toBeGreaterThanOrEqual(result.words[index - 1]?.endMs ?? 0);
    }
  });

  it('spread a number spoken as several words over that one word', async () => {
    const input = 'I am 42 today';
    const result = await onnx('en_US-tiny-test').doSynthesize(textCall(input));
    expect(result.words.map((word) => word.text)).toEqual(['I', 'am', '42', 'today']);
    const [, am, number, today] = result.words;
    expect(number?.startMs).toBeGreaterThanOrEqual(am?.endMs ?? 0);
    // "forty two" is longer than "am" and "today".
    const length = (word: typeof am) => (word?.endMs ?? 0) - (word?.startMs ?? 0);
    expect(length(number)).toBeGreaterThan(length(today));
  });
});
