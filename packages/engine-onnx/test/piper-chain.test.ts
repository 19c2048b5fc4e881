import { writeFileSync } from 'node:fs';
import { createSynthesizer, decodeWav } from '@ttskit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnnxEngine, OnnxVoiceError } from '../src/index';
import { piperPhonemeIdMap, writeTinyPiperVoice } from '../src/test-kit/index';
import {
  createTestPhonemizer,
  expectedPiperIds,
  idsFromAudio,
  peak,
  rejectionOf,
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
/** noise_scale × length_scale × noise_w of the tiny voice's config. */
const defaultGain = 0.667 * 1 * 0.8;

beforeAll(async () => {
  await writeTinyPiperVoice({ directory: directory.path });
  await writeTinyPiperVoice({
    directory: directory.path,
    name: 'en_US-tiny-16k',
    sampleRate: 16_000,
  });
  await writeTinyPiperVoice({
    directory: directory.path,
    name: 'en_US-tiny-multi',
    speakers: 3,
  });
});
afterAll(async () => {
  await Promise.all([onnx.dispose(), phonemizer.dispose()]);
  directory.remove();
});

describe('Piper voices: text → IPA → ids → onnxruntime → WAV', () => {
  it('speaks the ids of the IPA in order, as a WAV through core', async () => {
    const text = 'Hello world, how are you?';
    const tts = createSynthesizer({ engine: onnx('en_US-tiny-test') });
    const result = await tts.synthesize({ text, format: 'wav' });
    const wav = decodeWav(result.audio);
    expect(wav.sampleRate).toBe(22_050);

    const clauses = (await phonemizer.phonemize(['Hello world,', 'how are you?'])).map(
      (clause) => clause.join(' '),
    );
    const expected = expectedPiperIds({
      clauses: [
        { phonemes: clauses?.[0] as string, punctuation: ',' },
        { phonemes: clauses?.[1] as string, punctuation: '?' },
      ],
      map: piperPhonemeIdMap(),
    });
    expect(clauses).toEqual(['həlˈoʊ wˈɜːld', 'hˈaʊ ɑːɹ juː']);
    expect(wav.samples.length).toBe(expected.length * 256);
    expect(
      idsFromAudio({ samples: wav.samples, samplesPerId: 256, gain: defaultGain }),
    ).toEqual(expected);
    expect(result.words.map((word) => word.text)).toEqual([
      'Hello',
      'world',
      'how',
      'are',
      'you',
    ]);
  });

  it('runs one inference per sentence and joins them with the configured silence', async () => {
    const spaced = createOnnxEngine({
      voicesDir: directory.path,
      phonemizer,
      sentenceSilenceMs: 100,
    });
    try {
      const one = samplesOf(await onnx('en_US-tiny-test').doSynthesize(textCall('One.')));
      const two = samplesOf(await onnx('en_US-tiny-test').doSynthesize(textCall('Two.')));
      const both = samplesOf(
        await spaced('en_US-tiny-test').doSynthesize(textCall('One. Two.')),
      );
      expect(both.length).toBe(one.length + 2205 + two.length);
      expect(peak(both, one.length, one.length + 2205)).toBe(0);
    } finally {
      await spaced.dispose();
    }
  });

  it('passes the config scales to the graph, length_scale divided by speed', async () => {
    const engine = onnx('en_US-tiny-test');
    const input = 'Scale me.';
    const base = samplesOf(await engine.doSynthesize(textCall(input)));
    const quieter = samplesOf(
      await engine.doSynthesize(
        textCall(input, { engineOptions: { onnx: { noiseScale: 0.3335 } } }),
      ),
    );
    const faster = samplesOf(await engine.doSynthesize(textCall(input, { speed: 2 })));
    const ids = idsFromAudio({ samples: base, samplesPerId: 256, gain: defaultGain });
    expect(
      idsFromAudio({ samples: quieter, samplesPerId: 256, gain: defaultGain / 2 }),
    ).toEqual(ids);
    expect(
      idsFromAudio({ samples: faster, samplesPerId: 256, gain: defaultGain / 2 }),
    ).toEqual(ids);
    expect(peak(quieter) / peak(base)).toBeCloseTo(0.5, 2);
  });

  it('takes the sample rate from the config', async () => {
    const engine = onnx('en_US-tiny-16k');
    expect(engine.capabilities.formats).toEqual([
      { format: 'pcm', sampleRates: [16_000] },
    ]);
    const result = await engine.doSynthesize(textCall('Sixteen.'));
    expect(result.audio.sampleRate).toBe(16_000);
  });

  it('feeds sid for multi-speaker voices, by name or id', async () => {
    const input = 'Who speaks?';
    const first = samplesOf(await onnx('en_US-tiny-multi').doSynthesize(textCall(input)));
    const third = samplesOf(
      await onnx('en_US-tiny-multi#speaker2').doSynthesize(textCall(input)),
    );
    const second = samplesOf(
      await onnx('en_US-tiny-multi').doSynthesize(
        textCall(input, { engineOptions: { onnx: { speaker: 1 } } }),
      ),
    );
    expect(peak(second) / peak(first)).toBeCloseTo(2, 2);
    expect(peak(third) / peak(first)).toBeCloseTo(3, 2);
    expect(() => onnx('en_US-tiny-multi#nobody')).toThrow(/no speaker "nobody"/);
  });

  it('loads a model once and reuses its session', async () => {
    const voice = await writeTinyPiperVoice({
      directory: directory.path,
      name: 'en_US-tiny-reuse',
    });
    const engine = onnx('en_US-tiny-reuse');
    const first = samplesOf(await engine.doSynthesize(textCall('Load once.')));
    writeFileSync(voice.modelPath, 'no longer a model');
    const again = samplesOf(await engine.doSynthesize(textCall('Load once.')));
    expect(Buffer.from(again.buffer).equals(Buffer.from(first.buffer))).toBe(true);
    const fresh = createOnnxEngine({ voicesDir: directory.path, phonemizer });
    try {
      const error = await rejectionOf(
        fresh('en_US-tiny-reuse').doSynthesize(textCall('Load again.')),
      );
      expect(OnnxVoiceError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ reason: 'invalid-model', file: voice.modelPath });
    } finally {
      await fresh.dispose();
    }
  });
});
