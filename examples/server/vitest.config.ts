import { createVitestConfig } from '../../vitest.base';

export default createVitestConfig({ testTimeout: 60_000 });
