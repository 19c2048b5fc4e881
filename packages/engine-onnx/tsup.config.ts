import { defineConfig } from 'tsup';
import { createTsupConfig } from '../../tsup.base';

export default defineConfig(
  createTsupConfig({
    directory: import.meta.dirname,
    entry: {
      index: 'src/index.ts',
      'test-kit': 'src/test-kit/index.ts',
      'inference-worker': 'src/inference-worker.ts',
    },
    external: ['onnxruntime-node', '@ttskit/engine-espeak'],
  }),
);
