import { AbortError } from '../spec/errors/abort-error';

/** Throws an `AbortError` when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw toAbortError(signal);
  }
}

export function toAbortError(signal: AbortSignal): AbortError {
  const reason: unknown = signal.reason;
  if (AbortError.isInstance(reason)) return reason;
  return new AbortError({ message: '[ttskit] the request was aborted', cause: reason });
}

/** Resolves after `ms`, or rejects with `AbortError` as soon as the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(toAbortError(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(toAbortError(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Races a promise against a signal: rejects with `AbortError` when the signal
 * fires first. The promise itself keeps running; callers that own the work
 * must also pass the signal down.
 */
export function raceWithSignal<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(toAbortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(toAbortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
