import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from '@ttskit/core/spec';
import { afterAll, describe, expect, it } from 'vitest';
import { createOnnxEngine, OnnxVoiceError } from '../src/index';
import { piperPhonemeIdMap, writeTinyPiperVoice } from '../src/test-kit/index';
import {
  createTestPhonemizer,
  rejectionOf,
  temporaryDirectory,
  textCall,
} from './helpers';

const directory = temporaryDirectory();
const phonemizer = createTestPhonemizer();
const onnx = createOnnxEngine({ voicesDir: directory.path, phonemizer });
afterAll(async () => {
  await Promise.all([onnx.dispose(), phonemizer.dispose()]);
  directory.remove();
});

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectVoiceError(
  error: unknown,
  expected: { reason: string; file: string },
): void {
  expect(OnnxVoiceError.isInstance(error), String(error)).toBe(true);
  expect(error).toMatchObject(expected);
  expect((error as Error).message).toMatch(/^\[ttskit\] \[engine-onnx\] /);
  expect((error as Error).message).toContain(expected.file);
}

describe('voice errors name the file at fault', () => {
  it('a missing config', async () => {
    const voice = await writeTinyPiperVoice({
      directory: join(directory.path, 'lone'),
      name: 'lone',
    });
    rmSync(voice.configPath);
    expectVoiceError(
      thrown(() => onnx(voice.modelPath)),
      { reason: 'missing-file', file: voice.configPath },
    );
  });

  it('a config that is not JSON, or lacks a field', async () => {
    const broken = await writeTinyPiperVoice({
      directory: directory.path,
      name: 'broken-json',
    });
    writeFileSync(broken.configPath, '{ "audio": ');
    expectVoiceError(
      thrown(() => onnx('broken-json')),
      { reason: 'malformed-config', file: broken.configPath },
    );

    const incomplete = await writeTinyPiperVoice({
      directory: directory.path,
      name: 'no-rate',
      config: { audio: { quality: 'low' } },
    });
    const error = thrown(() => onnx('no-rate'));
    expectVoiceError(error, { reason: 'malformed-config', file: incomplete.configPath });
    expect((error as Error).message).toContain('audio.sample_rate');

    const noEnd = await writeTinyPiperVoice({
      directory: directory.path,
      name: 'no-end',
      config: { phoneme_id_map: { ...piperPhonemeIdMap(), $: undefined } },
    });
    expectVoiceError(
      thrown(() => onnx('no-end')),
      { reason: 'malformed-config', file: noEnd.configPath },
    );
  });

  it('an unknown phoneme: skipped with a warning, or an error when asked', async () => {
    const map = piperPhonemeIdMap();
    delete map['ɹ'];
    const voice = await writeTinyPiperVoice({
      directory: directory.path,
      name: 'no-r',
      config: { phoneme_id_map: map },
    });
    const lenient = await onnx('no-r').doSynthesize(textCall('Are you there?'));
    expect(lenient.warnings).toEqual([
      expect.objectContaining({
        type: 'unsupported-feature',
        feature: 'phonemes',
        details: expect.stringContaining('"ɹ"'),
      }),
    ]);
    const strict = createOnnxEngine({
      voicesDir: directory.path,
      phonemizer,
      unknownPhonemes: 'error',
    });
    try {
      const error = await rejectionOf(
        strict('no-r').doSynthesize(textCall('Are you there?')),
      );
      expectVoiceError(error, { reason: 'unknown-phoneme', file: voice.configPath });
      expect((error as Error).message).toContain('"ɹ"');
    } finally {
      await strict.dispose();
    }
  });

  it('a model whose input has the wrong tensor type', async () => {
    const voice = await writeTinyPiperVoice({
      directory: directory.path,
      name: 'int32-input',
      inputType: 'int32',
    });
    const error = await rejectionOf(onnx('int32-input').doSynthesize(textCall('Typed.')));
    expectVoiceError(error, { reason: 'tensor-type', file: voice.modelPath });
    expect((error as Error).message).toContain('input "input" is int32');
  });

  it('a model file that is not ONNX', async () => {
    const voice = await writeTinyPiperVoice({
      directory: directory.path,
      name: 'not-onnx',
    });
    writeFileSync(voice.modelPath, '<html>404 Not Found</html>');
    const error = await rejectionOf(onnx('not-onnx').doSynthesize(textCall('Hello.')));
    expectVoiceError(error, { reason: 'invalid-model', file: voice.modelPath });
    // Not cached: once the file is fixed, the next call loads it.
    await writeTinyPiperVoice({ directory: directory.path, name: 'not-onnx' });
    expect((await onnx('not-onnx').doSynthesize(textCall('Hello.'))).audio.type).toBe(
      'pcm',
    );
  });

  it('an unknown voice is an InvalidArgumentError listing the voices', async () => {
    const error = thrown(() => onnx('en_US-nowhere-medium'));
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(directory.path);
    expect((error as Error).message).toContain('not-onnx');
  });

  it('SSML input and bad engine options are rejected before any work', async () => {
    await writeTinyPiperVoice({ directory: directory.path });
    const engine = onnx('en_US-tiny-test');
    const ssml = await rejectionOf(
      engine.doSynthesize({
        input: '<speak>Hi</speak>',
        inputType: 'ssml',
        format: 'pcm',
      }),
    );
    expect(InvalidArgumentError.isInstance(ssml)).toBe(true);
    const option = await rejectionOf(
      engine.doSynthesize(textCall('Hi', { engineOptions: { onnx: { noise: 1 } } })),
    );
    expect(option).toMatchObject({ argument: 'engineOptions.onnx.noise' });
  });
});
