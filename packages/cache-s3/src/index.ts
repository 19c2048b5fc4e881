export { DEPENDENCIES } from './aws-sdk-modules';
export type { S3PresignedUrlOptions } from './presigned-url';
export { createS3Cache, type S3Cache } from './s3-cache';
export { S3CacheError } from './s3-cache-error';
export type { S3CacheOptions } from './s3-cache-options';
export { DEFAULT_CLIENT_CONFIG } from './s3-client-holder';
export { VERSION } from './version';
