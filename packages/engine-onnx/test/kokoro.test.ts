import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnnxEngine } from '../src/index';
import { writeTinyKokoroModel } from '../src/test-kit/index';
import {
  createTestPhonemizer,
  idsFromAudio,
  samplesOf,
  temporaryDirectory,
  textCall,
} from './helpers';

const directory = temporaryDirectory();
const phonemizer = createTestPhonemizer();
const onnx = createOnnxEngine({
  voicesDir: directory.path,
  phonemizer,
  sentenceSilenceMs: 0,
});
let vocab: Record<string, number> = {};

beforeAll(async () => {
  const model = await writeTinyKokoroModel({
    directory: directory.path,
    voices: ['af_test', 'bm_test'],
  });
  vocab = JSON.parse(readFileSync(model.configPath, 'utf8')).vocab;
});
afterAll(async () => {
  await Promise.all([onnx.dispose(), phonemizer.dispose()]);
  directory.remove();
});

/** Kokoro's ids for a phoneme string: the pad (0) at both ends. */
function kokoroIds(phonemes: string): number[] {
  return [0, ...[...phonemes].map((symbol) => vocab[symbol] as number), 0];
}

describe('Kokoro models: input_ids, style, speed → waveform', () => {
  it('speaks the tokens between pads at 24 kHz, with the style row of the token count', async () => {
    const engine = onnx('kokoro-tiny/af_test');
    expect(engine.capabilities.formats).toEqual([
      { format: 'pcm', sampleRates: [24_000] },
    ]);
    const result = await engine.doSynthesize(textCall('Hello world.'));
    expect(result.audio.sampleRate).toBe(24_000);
    const expected = kokoroIds('həlˈoʊ wˈɜːld.');
    const tokens = expected.length - 2;
    const styleGain = 1 + tokens / 1000;
    const samples = samplesOf(result);
    expect(samples.length).toBe(expected.length * 240);
    expect(idsFromAudio({ samples, samplesPerId: 240, gain: styleGain })).toEqual(
      expected,
    );
  });

  it('passes speed to the graph', async () => {
    const engine = onnx('kokoro-tiny/af_test');
    const result = await engine.doSynthesize(textCall('Hello world.', { speed: 1.5 }));
    const expected = kokoroIds('həlˈoʊ wˈɜːld.');
    const gain = 1.5 * (1 + (expected.length - 2) / 1000);
    expect(idsFromAudio({ samples: samplesOf(result), samplesPerId: 240, gain })).toEqual(
      expected,
    );
  });

  it('splits a sentence above 510 tokens into calls the model accepts', async () => {
    const words = Array.from({ length: 150 }, (_, index) =>
      index % 2 ? 'banana' : 'tomato',
    );
    const input = `${words.join(' ')}.`;
    const result = await onnx('kokoro-tiny/af_test').doSynthesize(textCall(input));
    const samples = samplesOf(result);
    // Pads (id 0) start and end every call: their blocks start below 56 (32 × style gain ≤ 1.51).
    const blocks = samples.length / 240;
    expect(Number.isInteger(blocks)).toBe(true);
    const padStarts: number[] = [];
    for (let block = 0; block < blocks; block++) {
      if ((samples[block * 240] as number) < 56) padStarts.push(block);
    }
    expect(padStarts.length % 2).toBe(0);
    const calls = padStarts.length / 2;
    expect(calls).toBeGreaterThan(1);
    for (let call = 0; call < calls; call++) {
      const length =
        (padStarts[call * 2 + 1] as number) - (padStarts[call * 2] as number) + 1;
      expect(length).toBeLessThanOrEqual(512);
    }
    expect(result.words).toHaveLength(150);
    expect(result.words.at(-1)?.endMs).toBeLessThanOrEqual(
      (samples.length / 24_000) * 1000,
    );
  });

  it('lists each style file as a voice, with language and gender from its name', async () => {
    const voices = await onnx.voices();
    expect(voices).toEqual([
      {
        id: 'kokoro-tiny/af_test',
        name: 'Kokoro af_test',
        engine: 'onnx',
        languages: ['en-US'],
        gender: 'female',
      },
      {
        id: 'kokoro-tiny/bm_test',
        name: 'Kokoro bm_test',
        engine: 'onnx',
        languages: ['en-GB'],
        gender: 'male',
      },
    ]);
  });
});
