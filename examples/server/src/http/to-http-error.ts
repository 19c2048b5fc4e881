import {
  AbortError,
  EngineCallError,
  InvalidArgumentError,
  NoAudioGeneratedError,
  UnsupportedFeatureError,
} from '@ttskit/core';
import { SsmlLoweringError, SsmlParseError, SsmlValidationError } from '@ttskit/ssml';
import { HttpError } from './http-error';

/** Fastify's own client errors (bad JSON, body too large, wrong content type...). */
function fromFastifyError(error: { statusCode: number; code?: string; message: string }) {
  const codes: Record<string, string> = {
    FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
    FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_content_length',
  };
  const code =
    (error.code && codes[error.code]) ??
    (error instanceof SyntaxError ? 'invalid_json' : 'bad_request');
  return new HttpError({
    statusCode: error.statusCode,
    type: 'invalid_request_error',
    code,
    message: error.message,
  });
}

function isClientError(
  error: unknown,
): error is { statusCode: number; code?: string; message: string } {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Maps anything thrown while serving a request to the answer a client gets.
 * Client mistakes keep their precise message; engine and internal failures
 * get a generic one (their details go to the log, never to the client).
 */
export function toHttpError(error: unknown): HttpError {
  if (HttpError.isInstance(error)) return error;
  if (SsmlParseError.isInstance(error)) {
    const tooLarge = error.reason === 'limit-exceeded';
    return new HttpError({
      statusCode: tooLarge ? 413 : 400,
      type: 'invalid_request_error',
      code: tooLarge ? 'ssml_too_large' : 'invalid_ssml',
      message: error.message,
      details: {
        param: 'ssml',
        line: error.line,
        column: error.column,
        snippet: error.snippet,
        reason: error.reason,
      },
      cause: error,
    });
  }
  if (SsmlLoweringError.isInstance(error) || SsmlValidationError.isInstance(error)) {
    const position = SsmlLoweringError.isInstance(error)
      ? { line: error.line, column: error.column }
      : error.errors[0]?.position;
    return new HttpError({
      statusCode: 422,
      type: 'invalid_request_error',
      code: 'ssml_not_supported',
      message: error.message,
      details: {
        param: 'ssml',
        ...(position ? { line: position.line, column: position.column } : {}),
      },
      cause: error,
    });
  }
  if (InvalidArgumentError.isInstance(error)) {
    return new HttpError({
      statusCode: 400,
      type: 'invalid_request_error',
      code: `invalid_${error.argument.replace(/^request\./, '').replace(/\W+/g, '_')}`,
      message: error.message,
      details: { param: error.argument.replace(/^request\./, '') },
      cause: error,
    });
  }
  if (UnsupportedFeatureError.isInstance(error)) {
    return new HttpError({
      statusCode: 400,
      type: 'invalid_request_error',
      code: 'unsupported_feature',
      message: error.message,
      cause: error,
    });
  }
  if (EngineCallError.isInstance(error) || NoAudioGeneratedError.isInstance(error)) {
    const retryAfterMs = EngineCallError.isInstance(error)
      ? error.retryAfterMs
      : undefined;
    return new HttpError({
      statusCode: retryAfterMs === undefined ? 502 : 503,
      type: 'engine_error',
      code: EngineCallError.isInstance(error) ? 'engine_call_failed' : 'no_audio',
      message: '[ttskit] the speech engine failed; try again later',
      headers:
        retryAfterMs === undefined
          ? {}
          : { 'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) },
      cause: error,
    });
  }
  if (AbortError.isInstance(error)) {
    return new HttpError({
      statusCode: 499,
      type: 'invalid_request_error',
      code: 'client_closed_request',
      message: 'the request was cancelled',
      cause: error,
    });
  }
  if (isClientError(error)) return fromFastifyError(error);
  return new HttpError({
    statusCode: 500,
    type: 'server_error',
    code: 'internal_error',
    message: 'internal server error',
    cause: error,
  });
}
