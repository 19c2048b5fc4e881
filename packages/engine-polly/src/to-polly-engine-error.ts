import { EngineCallError, parseRetryAfter, TtsError } from '@ttskit/core/spec';
import { ENGINE_ID, MESSAGE_PREFIX } from './polly-errors';

/** Polly errors worth another attempt whatever their status (throttling is a 400). */
const RETRYABLE_NAMES: ReadonlySet<string> = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'ServiceFailureException',
  'ServiceUnavailableException',
  'RequestTimeout',
  'RequestTimeoutException',
]);

/** Transport failures (no HTTP status): refused, reset, dropped HTTP/2 sessions. */
const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_HTTP2_ERROR',
  'ERR_HTTP2_GOAWAY_SESSION',
  'ERR_HTTP2_INVALID_SESSION',
  'ERR_HTTP2_SESSION_ERROR',
  'ERR_HTTP2_STREAM_CANCEL',
  'ERR_HTTP2_STREAM_ERROR',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

type SdkError = Error & {
  code?: unknown;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $response?: { headers?: Record<string, string | undefined> };
};

function header(error: SdkError, name: string): string | undefined {
  const headers = error.$response?.headers ?? {};
  for (const [key, value] of Object.entries(headers))
    if (key.toLowerCase() === name) return value;
  return undefined;
}

function isNetworkError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, name } = current as { code?: unknown; name?: unknown };
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (name === 'TimeoutError') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Maps whatever a Polly request threw to an `EngineCallError`: the HTTP
 * status, `isRetryable` (throttling, 408, 409, 429, 5xx and transport
 * failures), `retryAfterMs` from `Retry-After`, and Polly's request id.
 */
export function toPollyEngineError(options: {
  error: unknown;
  operation: string;
}): Error {
  const { error, operation } = options;
  if (TtsError.isInstance(error)) return error;
  const sdkError = (
    error instanceof Error ? error : new Error(String(error))
  ) as SdkError;
  const statusCode = sdkError.$metadata?.httpStatusCode;
  if (typeof statusCode === 'number') {
    const requestId =
      sdkError.$metadata?.requestId ?? header(sdkError, 'x-amzn-requestid');
    const retryAfterMs = parseRetryAfter(header(sdkError, 'retry-after'));
    return new EngineCallError({
      engine: ENGINE_ID,
      message: `${MESSAGE_PREFIX} Polly ${operation} failed with ${statusCode} ${sdkError.name}: ${sdkError.message}${requestId ? ` (request id ${requestId})` : ''}`,
      statusCode,
      ...(RETRYABLE_NAMES.has(sdkError.name) ? { isRetryable: true } : {}),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      responseBody: JSON.stringify({ name: sdkError.name, message: sdkError.message }),
      cause: error,
    });
  }
  const network = isNetworkError(error);
  const cause = (sdkError as { cause?: unknown }).cause;
  const detail =
    cause instanceof Error && !sdkError.message.includes(cause.message)
      ? ` (${cause.message})`
      : '';
  return new EngineCallError({
    engine: ENGINE_ID,
    message: `${MESSAGE_PREFIX} Polly ${operation} failed: ${sdkError.message}${detail}`,
    isRetryable: network,
    cause: error,
  });
}
