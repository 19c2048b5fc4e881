import type { HttpError } from './http-error';

/** The JSON body of an error answer. */
export function errorBody(options: { error: HttpError; requestId: string }) {
  const { error, requestId } = options;
  return {
    error: {
      type: error.type,
      code: error.code,
      message: error.message,
      ...error.details,
      requestId,
    },
  };
}
