import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnnxEngine, defaultVoicesDir } from '../src/index';
import { InferencePool } from '../src/inference-pool';
import { writeTinyKokoroModel, writeTinyPiperVoice } from '../src/test-kit/index';
import { createTestPhonemizer, temporaryDirectory, textCall } from './helpers';

const directory = temporaryDirectory();
const phonemizer = createTestPhonemizer();
const onnx = createOnnxEngine({ voicesDir: directory.path, phonemizer });
let tinyModelPath = '';

beforeAll(async () => {
  tinyModelPath = (
    await writeTinyPiperVoice({ directory: join(directory.path, 'en', 'en_US', 'tiny') })
  ).modelPath;
  await writeTinyPiperVoice({
    directory: directory.path,
    name: 'de_DE-tiny-low',
    config: { language: { code: 'de_DE' } },
  });
  await writeTinyKokoroModel({ directory: directory.path });
  mkdirSync(join(directory.path, 'empty'));
});
afterAll(async () => {
  await Promise.all([onnx.dispose(), phonemizer.dispose()]);
  directory.remove();
});

describe('voices()', () => {
  it('lists Piper voices (also in subdirectories) and Kokoro voices', async () => {
    expect(await onnx.voices()).toEqual([
      {
        id: 'de_DE-tiny-low',
        name: 'Piper tiny-test (x_low)',
        engine: 'onnx',
        languages: ['de-DE'],
      },
      {
        id: 'en_US-tiny-test',
        name: 'Piper tiny-test (x_low)',
        engine: 'onnx',
        languages: ['en-US'],
      },
      {
        id: 'kokoro-tiny/af_test',
        name: 'Kokoro af_test',
        engine: 'onnx',
        languages: ['en-US'],
        gender: 'female',
      },
    ]);
    expect(onnx.defaultVoice).toBe('de_DE-tiny-low');
  });

  it('accepts a path to a .onnx file as the voice', async () => {
    const result = await onnx(tinyModelPath).doSynthesize(textCall('By path.'));
    expect(result.audio.type).toBe('pcm');
  });

  it('is empty for a directory that does not exist', async () => {
    const none = createOnnxEngine({
      voicesDir: join(directory.path, 'nope'),
      phonemizer,
    });
    expect(await none.voices()).toEqual([]);
    expect(() => none()).toThrow(/no voice was given and none was found/);
  });

  it('defaults to $TTSKIT_VOICES_DIR, else the XDG data directory', () => {
    expect(defaultVoicesDir({ TTSKIT_VOICES_DIR: '/voices' })).toBe('/voices');
    expect(defaultVoicesDir({ XDG_DATA_HOME: '/data' })).toBe('/data/ttskit/voices');
  });
});

describe('InferencePool', () => {
  it('bounds concurrent inference by its size and starts workers on demand', async () => {
    const pool = new InferencePool({
      size: 2,
      session: { intraOpNumThreads: 1, executionProviders: ['cpu'] },
      idleTimeoutMs: Number.POSITIVE_INFINITY,
    });
    try {
      expect(pool.workerCount).toBe(0);
      const runs = [
        { kind: 'piper' as const, ids: [1, 0, 20, 0, 2], scales: [1, 1, 1] as const },
      ];
      const outputs = await Promise.all(
        Array.from({ length: 6 }, () => pool.run({ modelPath: tinyModelPath, runs })),
      );
      expect(pool.workerCount).toBe(2);
      for (const [output] of outputs) expect(output?.samples.length).toBe(5 * 256);
    } finally {
      await pool.dispose();
    }
    expect(pool.workerCount).toBe(0);
  });

  it('rejects at once when aborted, and the pool goes on', async () => {
    const controller = new AbortController();
    const engine = onnx('en_US-tiny-test');
    const pending = engine.doSynthesize(
      textCall('Abort me. '.repeat(200), { abortSignal: controller.signal }),
    );
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
    expect((await engine.doSynthesize(textCall('Still here.'))).audio.type).toBe('pcm');
  });
});
