import {
  AbortError,
  EngineCallError,
  InvalidArgumentError,
  NoAudioGeneratedError,
} from '@ttskit/core/spec';

/** Every message of this package starts with it. */
export const MESSAGE_PREFIX = '[ttskit] [engine-polly]';

export const ENGINE_ID = 'polly';

export function invalidArgument(options: {
  argument: string;
  message: string;
}): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: options.argument,
    message: `${MESSAGE_PREFIX} ${options.message}`,
  });
}

export function abortError(signal: AbortSignal | undefined): AbortError {
  return new AbortError({
    message: `${MESSAGE_PREFIX} synthesis aborted`,
    cause: signal?.reason,
  });
}

export function noAudioError(voice: string): NoAudioGeneratedError {
  return new NoAudioGeneratedError({
    message: `${MESSAGE_PREFIX} Polly returned no audio for voice "${voice}"`,
  });
}

/** A failure that no retry can fix (a missing SDK, a malformed answer). */
export function permanentError(options: {
  message: string;
  cause?: unknown;
}): EngineCallError {
  return new EngineCallError({
    engine: ENGINE_ID,
    message: `${MESSAGE_PREFIX} ${options.message}`,
    isRetryable: false,
    cause: options.cause,
  });
}
