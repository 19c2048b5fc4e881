import { createVitestConfig } from '../../vitest.base';

export default createVitestConfig();
