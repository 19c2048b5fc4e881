import { mergeConfig } from 'vitest/config';
import { createVitestConfig } from '../../vitest.base';

// Every test runs against a fake Speechify server on 127.0.0.1; the setup file
// fails any connection that is not to loopback, so a stray call to the real API
// (or a proxy) is caught at once.
export default mergeConfig(createVitestConfig(), {
  test: { setupFiles: ['./test/loopback-only.setup.ts'] },
});
