import { CacheError } from '@ttskit/core/spec';
import { CACHE_NAME } from './cache-name';

function errorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object' || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The path, or one of its directories, does not exist. */
export function isMissingError(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * Wraps a file-system failure in a `CacheError` naming the operation and the
 * path. The original error stays as `cause` (with its `code` and `path`).
 */
export function toCacheError(options: {
  operation: string;
  path: string;
  cause: unknown;
}): CacheError {
  const { operation, path, cause } = options;
  if (CacheError.isInstance(cause)) return cause;
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new CacheError({
    message: `[ttskit] [cache-fs] ${operation} failed on ${path}: ${detail}`,
    store: CACHE_NAME,
    operation,
    cause,
  });
}

/** Runs a file-system step, turning any failure into a `CacheError`. */
export async function guardFs<T>(options: {
  operation: string;
  path: string;
  run: () => Promise<T>;
}): Promise<T> {
  try {
    return await options.run();
  } catch (cause) {
    throw toCacheError({ operation: options.operation, path: options.path, cause });
  }
}
