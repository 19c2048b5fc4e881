export { createMemoryCache } from '../cache/memory-cache';
export {
  type CacheConformanceOptions,
  cacheBasicTests,
  cacheConformanceSuite,
  cacheExpiryTests,
} from './cache-conformance-suite';
export {
  type EngineConformanceOptions,
  engineBasicTests,
  engineConformanceSuite,
  engineFeatureTests,
} from './engine-conformance-suite';
export { guardLoopbackOnly, type LoopbackGuard } from './loopback-guard';
export { MockEngine, type MockEngineOptions } from './mock-engine';
export type { ExpectFunction, TestContext, TestFunction } from './test-function';
