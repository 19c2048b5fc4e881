import { it } from 'vitest';
import {
  cacheConformanceSuite,
  createMemoryCache,
  engineConformanceSuite,
  MockEngine,
} from '../src/test-kit/index';

engineConformanceSuite(it, { createEngine: () => new MockEngine({ delayMs: 20 }) });
cacheConformanceSuite(it, () => createMemoryCache({ maxBytes: 64 * 1024 * 1024 }));
