import { engineConformanceSuite } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, it } from 'vitest';
import { createOnnxEngine } from '../src/index';
import { writeTinyKokoroModel, writeTinyPiperVoice } from '../src/test-kit/index';
import { createTestPhonemizer, temporaryDirectory } from './helpers';

const directory = temporaryDirectory();
const phonemizer = createTestPhonemizer();
const onnx = createOnnxEngine({ voicesDir: directory.path, phonemizer });

beforeAll(async () => {
  await writeTinyPiperVoice({ directory: directory.path });
  await writeTinyKokoroModel({ directory: directory.path });
});
afterAll(async () => {
  await Promise.all([onnx.dispose(), phonemizer.dispose()]);
  directory.remove();
});

engineConformanceSuite(it, {
  createEngine: () => onnx('en_US-tiny-test'),
  prefix: 'piper',
});
engineConformanceSuite(it, {
  createEngine: () => onnx('kokoro-tiny/af_test'),
  prefix: 'kokoro',
});
