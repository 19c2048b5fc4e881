export { createFsCache, type FsCache } from './fs-cache';
export type { FsCacheOptions } from './fs-cache-options';
export { VERSION } from './version';
