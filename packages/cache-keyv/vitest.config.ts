import { createVitestConfig } from '../../vitest.base';

export default createVitestConfig({ testTimeout: 30_000 });
