import { CacheError } from '@ttskit/core';

export type CacheOperation =
  | 'get'
  | 'set'
  | 'has'
  | 'delete'
  | 'getMany'
  | 'clear'
  | 'dispose';

function describe(cause: unknown): string {
  if (cause instanceof Error) return cause.message || cause.name;
  return String(cause);
}

/** Wraps any failure of a store call in a `CacheError`. */
export function toCacheError(options: {
  store: string;
  operation: CacheOperation;
  cause: unknown;
}): CacheError {
  const { store, operation, cause } = options;
  if (CacheError.isInstance(cause)) return cause;
  return new CacheError({
    message: `[ttskit] [cache-keyv] ${operation} failed on ${store}: ${describe(cause)}`,
    store,
    operation,
    cause,
  });
}

/**
 * Runs one store call with a deadline. Failures and timeouts reject with a
 * `CacheError`; a call still pending at the deadline is abandoned (its late
 * result is ignored).
 */
export function runCacheOperation<T>(options: {
  store: string;
  operation: CacheOperation;
  timeoutMs: number;
  task: () => Promise<T>;
}): Promise<T> {
  const { store, operation, timeoutMs } = options;
  return new Promise<T>((resolve, reject) => {
    const fail = (cause: unknown) => reject(toCacheError({ store, operation, cause }));
    const timer = Number.isFinite(timeoutMs)
      ? setTimeout(() => fail(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs)
      : undefined;
    timer?.unref?.();
    let pending: Promise<T>;
    try {
      pending = options.task();
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        fail(error);
      },
    );
  });
}
