export { createKeyvCache, type KeyvCache } from './keyv-cache';
export type { KeyvCacheOptions } from './keyv-cache-options';
export { VERSION } from './version';
