import { AbortError, EngineCallError, NoAudioGeneratedError } from '@ttskit/core/spec';

export const PREFIX = '[ttskit] [engine-azure]';

export function abortError(signal: AbortSignal | undefined): AbortError {
  const reason: unknown = signal?.reason;
  if (AbortError.isInstance(reason)) return reason;
  return new AbortError({ message: `${PREFIX} synthesis aborted`, cause: reason });
}

export function timeoutError(timeoutMs: number): EngineCallError {
  return new EngineCallError({
    engine: 'azure',
    isRetryable: true,
    message: `${PREFIX} the service sent nothing for ${timeoutMs} ms (settings.timeoutMs); the connection was closed`,
  });
}

export function noAudioError(): NoAudioGeneratedError {
  return new NoAudioGeneratedError({
    message: `${PREFIX} Azure finished the synthesis without audio`,
  });
}

/** An error the SDK threw or passed to its error callback (usually a string). */
export function sdkError(error: unknown): EngineCallError {
  const text = error instanceof Error ? error.message : String(error);
  return new EngineCallError({
    engine: 'azure',
    isRetryable: false,
    message: `${PREFIX} the Speech SDK failed: ${text}`,
    cause: error,
  });
}
