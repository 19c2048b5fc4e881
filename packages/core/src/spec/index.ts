export * from './errors/index';
export type * from './v1/index';
