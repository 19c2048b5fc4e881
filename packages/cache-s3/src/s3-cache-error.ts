import { CacheError } from '@ttskit/core';

const name = 'TTS_S3CacheError';
const marker = `ttskit.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * An S3 request failed (network, 5xx, access denied, missing bucket...).
 * A `CacheError`, so core reports it and carries on; the S3 details are
 * fields. A missing object is never an error: it is a miss.
 */
export class S3CacheError extends CacheError {
  protected readonly [symbol] = true;
  readonly bucket: string;
  /** The cache key, when the operation had one. */
  readonly key: string | undefined;
  /** The S3 object key, when the operation had one. */
  readonly objectKey: string | undefined;
  /** HTTP status of S3's answer; `undefined` when none came (network error). */
  readonly statusCode: number | undefined;
  /** S3 error code (`AccessDenied`, `NoSuchBucket`, `InternalError`) or Node error code (`ECONNREFUSED`). */
  readonly code: string | undefined;

  constructor(options: {
    message: string;
    cause?: unknown;
    operation: string;
    bucket: string;
    key?: string | undefined;
    objectKey?: string | undefined;
    statusCode?: number | undefined;
    code?: string | undefined;
  }) {
    super({
      message: options.message,
      cause: options.cause,
      store: 's3',
      operation: options.operation,
    });
    this.name = name;
    this.bucket = options.bucket;
    this.key = options.key;
    this.objectKey = options.objectKey;
    this.statusCode = options.statusCode;
    this.code = options.code;
  }

  static override isInstance(error: unknown): error is S3CacheError {
    return S3CacheError.hasMarker(error, marker);
  }
}
