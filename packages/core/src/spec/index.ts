// small helpers for engine and cache adapters, without the pipeline's weight
export { loadApiKey } from '../util/load-api-key';
export { parseRetryAfter } from '../util/retry-after';
export * from './errors/index';
export type * from './v1/index';
