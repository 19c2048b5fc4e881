import { AbortError } from '../spec/errors/abort-error';
import { EngineCallError } from '../spec/errors/engine-call-error';
import { sleep, throwIfAborted } from '../util/abort';

export type RetrySettings = {
  /** Retries after the first attempt. Default 2. `0` disables retries. */
  maxRetries?: number;
  /** Upper bound of the first backoff window. Default 250 ms. */
  initialDelayMs?: number;
  /** Cap of any backoff window. Default 8 000 ms. */
  maxDelayMs?: number;
  /** Growth of the window per attempt. Default 2. */
  factor?: number;
  /** A `Retry-After` longer than this is not waited for: the error is final. Default 60 000 ms. */
  maxRetryAfterMs?: number;
};

export type ResolvedRetrySettings = Required<RetrySettings>;

export function resolveRetrySettings(
  settings: RetrySettings | undefined,
): ResolvedRetrySettings {
  return {
    maxRetries: settings?.maxRetries ?? 2,
    initialDelayMs: settings?.initialDelayMs ?? 250,
    maxDelayMs: settings?.maxDelayMs ?? 8_000,
    factor: settings?.factor ?? 2,
    maxRetryAfterMs: settings?.maxRetryAfterMs ?? 60_000,
  };
}

export type RetryAttemptInfo = { attempt: number; delayMs: number; error: unknown };

/** Whether an error is worth another attempt. Only engine errors that say so are. */
export function isRetryableError(error: unknown): boolean {
  return EngineCallError.isInstance(error) && error.isRetryable;
}

/**
 * The wait before retry number `attempt` (0-based): full jitter, a uniform
 * draw from `[0, min(max, initial * factor^attempt)]`, and never less than
 * what the engine asked for with `Retry-After`.
 */
export function computeBackoffDelay(options: {
  attempt: number;
  settings: ResolvedRetrySettings;
  error: unknown;
  random: () => number;
}): number | undefined {
  const { attempt, settings, error, random } = options;
  const window = Math.min(
    settings.maxDelayMs,
    settings.initialDelayMs * settings.factor ** attempt,
  );
  const jittered = Math.floor(random() * window);
  const retryAfterMs = EngineCallError.isInstance(error) ? error.retryAfterMs : undefined;
  if (retryAfterMs === undefined) return jittered;
  if (retryAfterMs > settings.maxRetryAfterMs) return undefined;
  return Math.max(jittered, retryAfterMs);
}

/**
 * Runs `operation` and retries it with exponential backoff and full jitter
 * while it fails with a retryable error. Honours the abort signal between and
 * during attempts.
 */
export async function retryWithBackoff<T>(options: {
  operation: (attempt: number) => Promise<T>;
  settings: ResolvedRetrySettings;
  signal?: AbortSignal;
  onRetry?: (info: RetryAttemptInfo) => void;
  random?: () => number;
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
}): Promise<T> {
  const random = options.random ?? Math.random;
  const wait = options.wait ?? sleep;
  for (let attempt = 0; ; attempt++) {
    throwIfAborted(options.signal);
    try {
      return await options.operation(attempt);
    } catch (error) {
      if (AbortError.isInstance(error) || options.signal?.aborted) throw error;
      if (!isRetryableError(error) || attempt >= options.settings.maxRetries) throw error;
      const delayMs = computeBackoffDelay({
        attempt,
        settings: options.settings,
        error,
        random,
      });
      if (delayMs === undefined) throw error;
      options.onRetry?.({ attempt: attempt + 1, delayMs, error });
      await wait(delayMs, options.signal);
    }
  }
}
