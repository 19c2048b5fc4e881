import { AbortError, EngineCallError } from '@ttskit/core/spec';
import { googleApiError } from './google-api-error';
import { googleAuthHeaders } from './google-credentials';
import type { ResolvedGoogleSettings } from './google-engine-settings';
import { VERSION } from './version';

const prefix = '[ttskit] [engine-google]';

export type GoogleRequestOptions = {
  settings: ResolvedGoogleSettings;
  method: 'GET' | 'POST';
  /** Path and query after `baseURL`, e.g. `/v1/text:synthesize`. */
  path: string;
  /** The JSON body, already serialized (byte-identical for identical requests). */
  body?: string;
  abortSignal?: AbortSignal | undefined;
  /** Per-call headers (`EngineV1CallOptions.headers`), applied last. */
  headers?: Record<string, string> | undefined;
};

export type GoogleResponse<Body> = { body: Body; headers: Headers; url: string };

export function abortError(signal: AbortSignal | undefined): AbortError {
  const reason: unknown = signal?.reason;
  if (AbortError.isInstance(reason)) return reason;
  return new AbortError({ message: `${prefix} the request was aborted`, cause: reason });
}

function describeNetworkError(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as NodeJS.ErrnoException) : undefined;
  const code = cause?.code ?? (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${message} (${code})` : message;
}

/**
 * One HTTP exchange with the API through `fetch`: authentication and
 * `user-agent` headers, an enforced timeout covering the body too, the
 * caller's abort signal, and every failure as a typed error. Never retries.
 */
export async function requestGoogle<Body>(
  options: GoogleRequestOptions,
): Promise<GoogleResponse<Body>> {
  const { settings, abortSignal } = options;
  if (abortSignal?.aborted) throw abortError(abortSignal);
  const url = `${settings.baseURL}${options.path}`;
  const headers: Record<string, string> = {
    'user-agent': `ttskit-engine-google/${VERSION}`,
    ...(options.body === undefined
      ? {}
      : { 'content-type': 'application/json; charset=utf-8' }),
    ...(await googleAuthHeaders(settings)),
    ...settings.headers,
    ...options.headers,
  };
  const timeout = new AbortController();
  const timer = Number.isFinite(settings.timeoutMs)
    ? setTimeout(() => timeout.abort(), settings.timeoutMs)
    : undefined;
  const signal = abortSignal
    ? AbortSignal.any([abortSignal, timeout.signal])
    : timeout.signal;
  const fetchFunction = settings.fetch ?? globalThis.fetch;
  let status: number;
  let responseHeaders: Headers;
  let text: string;
  try {
    const response = await fetchFunction(url, {
      method: options.method,
      headers,
      ...(options.body === undefined ? {} : { body: options.body }),
      signal,
    });
    status = response.status;
    responseHeaders = response.headers;
    text = await response.text();
  } catch (error) {
    if (abortSignal?.aborted) throw abortError(abortSignal);
    if (timeout.signal.aborted) {
      throw new EngineCallError({
        engine: 'google',
        message: `${prefix} Google Text-to-Speech did not answer within ${settings.timeoutMs} ms (settings.timeoutMs)`,
        url,
        isRetryable: true,
        cause: error,
      });
    }
    throw new EngineCallError({
      engine: 'google',
      message: `${prefix} could not reach Google Text-to-Speech at ${url}: ${describeNetworkError(error)}`,
      url,
      isRetryable: true,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
  if (status < 200 || status > 299) {
    throw googleApiError({ status, bodyText: text, headers: responseHeaders, url });
  }
  try {
    return { body: JSON.parse(text) as Body, headers: responseHeaders, url };
  } catch (error) {
    throw new EngineCallError({
      engine: 'google',
      message: `${prefix} Google Text-to-Speech answered ${status} with a body that is not JSON`,
      url,
      statusCode: status,
      responseBody: text.slice(0, 4_096),
      isRetryable: false,
      cause: error,
    });
  }
}
