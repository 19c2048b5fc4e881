import { mergeConfig } from 'vitest/config';
import { createVitestConfig } from '../../vitest.base';

// Tests run against a fake service on 127.0.0.1 (test/fake/), through the
// real Speech SDK; the setup file refuses every other connection.
export default mergeConfig(createVitestConfig({ testTimeout: 30_000 }), {
  test: { setupFiles: ['./test/loopback-only.setup.ts'] },
});
