import { EngineCallError, parseRetryAfter } from '@ttskit/core/spec';
import type { GoogleErrorBody } from './google-api-types';
import { parseProtobufDuration } from './protobuf-duration';

/** HTTP statuses worth another attempt: throttling and transient server trouble. */
const retryableStatuses: ReadonlySet<number> = new Set([
  408, 409, 429, 500, 502, 503, 504,
]);

const hints: Readonly<Record<number, string>> = {
  401: ' Check the API key or access token.',
  403: ' Check that the key or token may call the Text-to-Speech API and that the API is enabled for the project.',
};

/** The response body kept on the error, at most this many characters. */
const MAX_BODY_KEPT = 4_096;

function parseErrorBody(text: string): GoogleErrorBody['error'] | undefined {
  try {
    const parsed = JSON.parse(text) as GoogleErrorBody | GoogleErrorBody[];
    // some proxies answer with the error wrapped in an array
    const body = Array.isArray(parsed) ? parsed[0] : parsed;
    return body && typeof body.error === 'object' ? body.error : undefined;
  } catch {
    return undefined;
  }
}

function retryInfoDelay(error: GoogleErrorBody['error']): number | undefined {
  for (const detail of error?.details ?? []) {
    if (detail['@type']?.endsWith('google.rpc.RetryInfo'))
      return parseProtobufDuration(detail.retryDelay);
  }
  return undefined;
}

/**
 * A failed HTTP response as an `EngineCallError`: Google's `error.status`
 * and message, retryable for 408, 409, 429 and 5xx except 501, and the
 * wait from `Retry-After` (or a `google.rpc.RetryInfo` detail).
 */
export function googleApiError(options: {
  status: number;
  bodyText: string;
  headers: Headers;
  url: string;
}): EngineCallError {
  const { status, bodyText, headers, url } = options;
  const error = parseErrorBody(bodyText);
  const statusName = error?.status ? ` ${error.status}` : '';
  const detail = error?.message ?? (bodyText.trim().slice(0, 200) || 'no details');
  const retryAfterMs =
    parseRetryAfter(headers.get('retry-after')) ?? retryInfoDelay(error);
  return new EngineCallError({
    engine: 'google',
    message: `[ttskit] [engine-google] Google Text-to-Speech answered ${status}${statusName}: ${detail}${hints[status] ?? ''}`,
    url,
    statusCode: status,
    responseBody: bodyText.slice(0, MAX_BODY_KEPT),
    isRetryable: retryableStatuses.has(status),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}
