export type * from './audio-format';
export type * from './cache-store-v1';
export type * from './engine-v1';
export type * from './engine-v1-call-options';
export type * from './engine-v1-capabilities';
export type * from './engine-v1-result';
export type * from './warning';
