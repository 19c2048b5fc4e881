import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { InvalidArgumentError } from '@ttskit/core';

const MEBIBYTE = 1024 * 1024;

export type S3CacheOptions = {
  /** Bucket name (**required**). The bucket must exist. */
  bucket: string;
  /** Key prefix for every object of this cache. Default `ttskit/`. */
  prefix?: string;
  /** A client you own: the cache never destroys it. Exclusive with `clientConfig`. */
  client?: S3Client;
  /** Settings for a client the cache creates on first use and destroys on `dispose`. */
  clientConfig?: S3ClientConfig;
  /** Values of at least this many bytes go up as a multipart upload. Default 8 MiB. */
  multipartThresholdBytes?: number;
  /** Part size of multipart uploads, at least 5 MiB. Default 5 MiB. */
  multipartPartBytes?: number;
  /** Largest inline (deflated, base64) metadata before a sidecar is used, 0–1800. Default 1536. */
  inlineMetadataLimitBytes?: number;
  /** Requests in flight for `getMany` and multipart parts. Default 8. */
  concurrency?: number;
  /** Clock for expiry, in ms since the epoch. Default `Date.now`. */
  now?: () => number;
};

export type ResolvedS3CacheOptions = Required<
  Omit<S3CacheOptions, 'client' | 'clientConfig'>
> &
  Pick<S3CacheOptions, 'client' | 'clientConfig'>;

/** S3 object keys are at most 1024 bytes; ours add 69 to the prefix. */
const MAX_PREFIX_BYTES = 900;

function invalid(argument: string, message: string): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: `s3Cache.${argument}`,
    message: `[ttskit] [cache-s3] ${message}`,
  });
}

function integerOption(options: {
  name: keyof S3CacheOptions;
  value: number | undefined;
  fallback: number;
  minimum: number;
  maximum: number;
}): number {
  const { name, value, fallback, minimum, maximum } = options;
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < minimum || value > maximum) {
    throw invalid(name, `${name} must be an integer from ${minimum} to ${maximum}`);
  }
  return value;
}

/** Validates the options and fills in defaults. */
export function resolveS3CacheOptions(options: S3CacheOptions): ResolvedS3CacheOptions {
  if (typeof options?.bucket !== 'string' || options.bucket.length < 3) {
    throw invalid(
      'bucket',
      'bucket is required (an S3 bucket name, at least 3 characters)',
    );
  }
  const prefix = options.prefix ?? 'ttskit/';
  if (typeof prefix !== 'string' || Buffer.byteLength(prefix) > MAX_PREFIX_BYTES) {
    throw invalid(
      'prefix',
      `prefix must be a string of at most ${MAX_PREFIX_BYTES} bytes`,
    );
  }
  if (options.client && options.clientConfig) {
    throw invalid('client', 'pass either client or clientConfig, not both');
  }
  if (options.now !== undefined && typeof options.now !== 'function') {
    throw invalid('now', 'now must be a function returning ms since the epoch');
  }
  return {
    bucket: options.bucket,
    prefix,
    client: options.client,
    clientConfig: options.clientConfig,
    multipartThresholdBytes: integerOption({
      name: 'multipartThresholdBytes',
      value: options.multipartThresholdBytes,
      fallback: 8 * MEBIBYTE,
      minimum: 5 * MEBIBYTE,
      maximum: Number.MAX_SAFE_INTEGER,
    }),
    multipartPartBytes: integerOption({
      name: 'multipartPartBytes',
      value: options.multipartPartBytes,
      fallback: 5 * MEBIBYTE,
      minimum: 5 * MEBIBYTE,
      maximum: 5 * 1024 * MEBIBYTE,
    }),
    inlineMetadataLimitBytes: integerOption({
      name: 'inlineMetadataLimitBytes',
      value: options.inlineMetadataLimitBytes,
      fallback: 1536,
      minimum: 0,
      maximum: 1800,
    }),
    concurrency: integerOption({
      name: 'concurrency',
      value: options.concurrency,
      fallback: 8,
      minimum: 1,
      maximum: 1000,
    }),
    now: options.now ?? Date.now,
  };
}
