import type { S3Client } from '@aws-sdk/client-s3';
import type { ClientS3Module } from './aws-sdk-modules';
import type { ResolvedS3CacheOptions } from './s3-cache-options';

/** What every cache operation needs: settings, the client and the SDK module. */
export type S3CacheContext = Omit<ResolvedS3CacheOptions, 'client' | 'clientConfig'> & {
  client(): Promise<S3Client>;
  sdk(): Promise<ClientS3Module>;
};
