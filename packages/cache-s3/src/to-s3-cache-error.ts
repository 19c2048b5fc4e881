import { S3CacheError } from './s3-cache-error';

type SdkErrorShape = {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: unknown };
};

const NOT_FOUND_NAMES: ReadonlySet<string> = new Set(['NoSuchKey', 'NotFound']);

/** Whether an SDK error means "no such object" (GetObject: NoSuchKey, HeadObject: NotFound). */
export function isNotFound(error: unknown): boolean {
  const name = (error as SdkErrorShape | null)?.name;
  return typeof name === 'string' && NOT_FOUND_NAMES.has(name);
}

function describeKey(key: string): string {
  return JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key);
}

/** Node's code (`ECONNREFUSED`) for network errors, else the SDK's name (`AccessDenied`). */
function errorCode(error: SdkErrorShape): string | undefined {
  if (typeof error.code === 'string') return error.code;
  return typeof error.name === 'string' && error.name !== 'Error'
    ? error.name
    : undefined;
}

/** Wraps anything an S3 operation threw in an `S3CacheError` with the bucket and key. */
export function toS3CacheError(options: {
  error: unknown;
  operation: string;
  bucket: string;
  key?: string | undefined;
  objectKey?: string | undefined;
}): S3CacheError {
  const { error, operation, bucket, key, objectKey } = options;
  if (S3CacheError.isInstance(error)) return error;
  const shape: SdkErrorShape = error !== null && typeof error === 'object' ? error : {};
  const statusCode =
    typeof shape.$metadata?.httpStatusCode === 'number'
      ? shape.$metadata.httpStatusCode
      : undefined;
  const code = errorCode(shape);
  const reason = [code, statusCode === undefined ? undefined : `HTTP ${statusCode}`]
    .filter((part) => part !== undefined)
    .join(', ');
  const detail = typeof shape.message === 'string' ? shape.message : String(error);
  const where = key === undefined ? '' : ` for key ${describeKey(key)}`;
  const objectPart = objectKey === undefined ? '' : `, object "${objectKey}"`;
  return new S3CacheError({
    message: `[ttskit] [cache-s3] ${operation} failed${where} (bucket "${bucket}"${objectPart}): ${
      reason ? `${reason}: ` : ''
    }${detail}`,
    cause: error,
    operation,
    bucket,
    key,
    objectKey,
    statusCode,
    code,
  });
}
