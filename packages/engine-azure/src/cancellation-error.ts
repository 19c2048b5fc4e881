import { EngineCallError, isRetryableStatusCode } from '@ttskit/core/spec';
import { PREFIX } from './azure-errors';

/** Websocket close codes that mean "this request is wrong": retrying cannot help. */
const permanentCloseCodes = new Set([1003, 1007, 1008, 1009]);
/** SDK `CancellationErrorCode` names that retrying cannot fix. */
const permanentErrorCodes = new Set([
  'AuthenticationFailure',
  'BadRequestParameters',
  'Forbidden',
  'RuntimeError',
]);

type Classified = { statusCode?: number; isRetryable: boolean; reason: string };

/**
 * What went wrong, from the SDK's error text. A failed websocket upgrade
 * always reads `StatusCode: 1006 ... Unexpected server response: 429`, so
 * the HTTP status is parsed out of the text; a close mid-synthesis reads
 * `<reason> websocket error code: 1007`.
 */
function classify(details: string, errorCode: string): Classified {
  const status = /Unexpected server response: (\d{3})/.exec(details);
  if (status) {
    const statusCode = Number(status[1]);
    return {
      statusCode,
      isRetryable: isRetryableStatusCode(statusCode),
      reason: `HTTP ${statusCode} when opening the websocket`,
    };
  }
  const close = /websocket error code: (\d+)/.exec(details);
  if (close) {
    const code = Number(close[1]);
    return {
      isRetryable: !permanentCloseCodes.has(code),
      reason: `the service closed the websocket with code ${code}`,
    };
  }
  if (
    /E(CONNREFUSED|CONNRESET|NOTFOUND|TIMEDOUT|PIPE|AI_AGAIN|HOSTUNREACH|NETUNREACH)/.test(
      details,
    )
  )
    return { isRetryable: true, reason: 'could not connect' };
  if (errorCode === 'TooManyRequests')
    return { statusCode: 429, isRetryable: true, reason: errorCode };
  return { isRetryable: !permanentErrorCodes.has(errorCode), reason: errorCode };
}

/** Maps a canceled synthesis (`CancellationDetails`) to an `EngineCallError`. */
export function cancellationError(options: {
  errorDetails: string | undefined;
  errorCode: string;
}): EngineCallError {
  const details = (options.errorDetails ?? '').replace(/\s+/g, ' ').trim();
  const { statusCode, isRetryable, reason } = classify(details, options.errorCode);
  const url = /\b(?:wss?|https?):\/\/[^\s,]+/.exec(details)?.[0];
  return new EngineCallError({
    engine: 'azure',
    message: `${PREFIX} synthesis failed (${reason}): ${details || options.errorCode}`,
    isRetryable,
    ...(statusCode === undefined ? {} : { statusCode }),
    ...(url === undefined ? {} : { url }),
  });
}
