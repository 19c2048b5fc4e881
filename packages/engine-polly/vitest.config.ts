import { mergeConfig } from 'vitest/config';
import { createVitestConfig } from '../../vitest.base';

// Every test talks to a fake Polly on 127.0.0.1 (test/fake-polly); the setup
// file fails any connection that leaves loopback (e.g. a metadata probe).
export default mergeConfig(createVitestConfig({ testTimeout: 30_000 }), {
  test: {
    setupFiles: ['./test/loopback-guard.setup.ts'],
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
