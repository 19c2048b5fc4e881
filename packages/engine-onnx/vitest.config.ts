import { mergeConfig } from 'vitest/config';
import { createVitestConfig } from '../../vitest.base';

// Inference runs in a worker thread loaded from dist/inference-worker.js
// (Node cannot start a worker from TypeScript sources), so the global setup
// rebuilds dist when a source file is newer than it.
export default mergeConfig(createVitestConfig({ testTimeout: 60_000 }), {
  test: { globalSetup: ['./test/build-worker.global-setup.ts'] },
});
