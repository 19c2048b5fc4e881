import {
  AbortError,
  EngineCallError,
  NoAudioGeneratedError,
  parseRetryAfter,
} from '@ttskit/core/spec';
import type { SpeechifyErrorBody } from './speechify-api-types';

export const MESSAGE_PREFIX = '[ttskit] [engine-speechify]';

/** Response bodies kept on errors are cut to this many characters. */
const MAX_KEPT_BODY = 4096;

const statusHints: Record<number, string> = {
  401: ' (check the API key: settings.apiKey or SPEECHIFY_API_KEY)',
  402: ' (the Speechify account has insufficient credits)',
  403: ' (the key is not allowed to use this resource)',
};

function describeBody(text: string): {
  message?: string;
  code?: string;
  requestId?: string;
} {
  try {
    const body = JSON.parse(text) as SpeechifyErrorBody;
    if (body === null || typeof body !== 'object') return {};
    const error = body.error;
    const detail = typeof error === 'object' && error !== null ? error : undefined;
    const message =
      detail?.message ?? (typeof error === 'string' ? error : undefined) ?? body.message;
    const fields = detail?.fields
      ? Object.entries(detail.fields).map(([field, reason]) => `${field}: ${reason}`)
      : [];
    return {
      ...(message === undefined ? {} : { message: [message, ...fields].join('; ') }),
      ...(detail?.code === undefined ? {} : { code: detail.code }),
      ...(body.request_id === undefined ? {} : { requestId: body.request_id }),
    };
  } catch {
    return text.trim() === '' ? {} : { message: text.trim().slice(0, 200) };
  }
}

/**
 * A non-2xx response as an `EngineCallError`: 408, 409, 429 and 5xx are
 * retryable (core's rule), other 4xx are not; `Retry-After` is honoured.
 */
export async function errorFromResponse(options: {
  response: Response;
  url: string;
}): Promise<EngineCallError> {
  const { response, url } = options;
  const text = await response.text().catch(() => '');
  const { message, code, requestId: bodyRequestId } = describeBody(text);
  const requestId = response.headers.get('speechify-request-id') ?? bodyRequestId;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  const summary = message ?? (response.statusText || 'request failed');
  return new EngineCallError({
    engine: 'speechify',
    message: `${MESSAGE_PREFIX} HTTP ${response.status}${code ? ` ${code}` : ''}: ${summary}${statusHints[response.status] ?? ''}${requestId ? ` [request ${requestId}]` : ''}`,
    url,
    statusCode: response.status,
    responseBody: text.slice(0, MAX_KEPT_BODY),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** The request never got a response (refused, reset, DNS): retryable. */
export function networkError(options: { error: unknown; url: string }): EngineCallError {
  const { error, url } = options;
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const reason =
    cause?.code ??
    cause?.message ??
    (error instanceof Error ? error.message : String(error));
  return new EngineCallError({
    engine: 'speechify',
    message: `${MESSAGE_PREFIX} could not reach ${url}: ${reason}`,
    url,
    isRetryable: true,
    cause: error,
  });
}

export function timeoutError(options: {
  timeoutMs: number;
  url: string;
}): EngineCallError {
  return new EngineCallError({
    engine: 'speechify',
    message: `${MESSAGE_PREFIX} no answer from ${options.url} within ${options.timeoutMs} ms (settings.timeoutMs)`,
    url: options.url,
    isRetryable: true,
  });
}

/** A 2xx answer that is not what the API documents. */
export function malformedResponseError(options: {
  detail: string;
  url: string;
  cause?: unknown;
}): EngineCallError {
  return new EngineCallError({
    engine: 'speechify',
    message: `${MESSAGE_PREFIX} unexpected response from ${options.url}: ${options.detail}`,
    url: options.url,
    isRetryable: false,
    cause: options.cause,
  });
}

export function abortError(reason: unknown): AbortError {
  if (AbortError.isInstance(reason)) return reason;
  return new AbortError({
    message: `${MESSAGE_PREFIX} the request was aborted`,
    cause: reason,
  });
}

export function noAudioError(): NoAudioGeneratedError {
  return new NoAudioGeneratedError({
    message: `${MESSAGE_PREFIX} Speechify answered without audio`,
  });
}
