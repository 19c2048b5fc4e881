import { createVitestConfig } from '../../vitest.base';

export default createVitestConfig({ testTimeout: 90_000 });
