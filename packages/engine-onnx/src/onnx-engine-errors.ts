import { AbortError, EngineCallError, NoAudioGeneratedError } from '@ttskit/core/spec';

const prefix = '[ttskit] [engine-onnx]';

export function engineError(
  message: string,
  options: { isRetryable: boolean; cause?: unknown },
): EngineCallError {
  return new EngineCallError({
    engine: 'onnx',
    message: `${prefix} ${message}`,
    isRetryable: options.isRetryable,
    cause: options.cause,
  });
}

export function abortError(signal: AbortSignal | undefined): AbortError {
  return new AbortError({
    message: `${prefix} synthesis aborted`,
    cause: signal?.reason,
  });
}

export function noAudioError(): NoAudioGeneratedError {
  return new NoAudioGeneratedError({
    message: `${prefix} the input has nothing to speak (no words after phonemizing)`,
  });
}
