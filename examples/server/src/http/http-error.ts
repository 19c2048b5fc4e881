/** OpenAI-compatible error types, so OpenAI clients surface our errors well. */
export type HttpErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'rate_limit_error'
  | 'not_found_error'
  | 'server_error'
  | 'engine_error'
  | 'unavailable_error';

/** Extra fields of an error body: the parameter at fault, an SSML position. */
export type HttpErrorDetails = {
  param?: string;
  line?: number;
  column?: number;
  snippet?: string;
  reason?: string;
};

/**
 * An error answered as `{ error: { type, code, message, ... } }` with its
 * status. Route code throws these; the error handler maps everything else.
 */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly type: HttpErrorType;
  readonly code: string;
  readonly details: HttpErrorDetails;
  readonly headers: Record<string, string>;

  constructor(options: {
    statusCode: number;
    type: HttpErrorType;
    code: string;
    message: string;
    details?: HttpErrorDetails;
    headers?: Record<string, string>;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.name = 'HttpError';
    this.statusCode = options.statusCode;
    this.type = options.type;
    this.code = options.code;
    this.details = options.details ?? {};
    this.headers = options.headers ?? {};
  }

  static isInstance(error: unknown): error is HttpError {
    return error instanceof HttpError;
  }
}

/** 400 for a request that does not match its schema. */
export function invalidRequest(options: { message: string; param?: string }): HttpError {
  return new HttpError({
    statusCode: 400,
    type: 'invalid_request_error',
    code: 'invalid_request',
    message: options.message,
    details: options.param ? { param: options.param } : {},
  });
}

/** 413 for input over a configured limit. */
export function payloadTooLarge(options: { message: string; param?: string }): HttpError {
  return new HttpError({
    statusCode: 413,
    type: 'invalid_request_error',
    code: 'payload_too_large',
    message: options.message,
    details: options.param ? { param: options.param } : {},
  });
}

export function notFound(message: string): HttpError {
  return new HttpError({
    statusCode: 404,
    type: 'not_found_error',
    code: 'not_found',
    message,
  });
}
