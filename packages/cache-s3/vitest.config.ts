import { mergeConfig } from 'vitest/config';
import { createVitestConfig } from '../../vitest.base';

// Every test file starts its own s3rver process on a free 127.0.0.1 port.
export default mergeConfig(createVitestConfig({ testTimeout: 60_000 }), {
  test: { env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } },
});
