import { EngineCallError, LoadApiKeyError } from '@ttskit/core/spec';
import { describe, expect, it } from 'vitest';
import { toPollyEngineError } from './to-polly-engine-error';

function sdkError(options: {
  name: string;
  status?: number;
  headers?: Record<string, string>;
}) {
  const error = Object.assign(new Error('failed'), {
    name: options.name,
    $metadata:
      options.status === undefined ? { attempts: 1 } : { httpStatusCode: options.status },
  });
  Object.defineProperty(error, '$response', {
    value: { headers: options.headers ?? {} },
  });
  return error;
}

describe('toPollyEngineError', () => {
  it('marks throttling retryable whatever its status, and reads Retry-After', () => {
    const error = toPollyEngineError({
      error: sdkError({
        name: 'ThrottlingException',
        status: 400,
        headers: { 'Retry-After': '2' },
      }),
      operation: 'SynthesizeSpeech',
    }) as EngineCallError;
    expect(error).toMatchObject({
      statusCode: 400,
      isRetryable: true,
      retryAfterMs: 2000,
    });
  });

  it('treats transport failures in the cause chain as retryable', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), {
      code: 'ECONNREFUSED',
    });
    const wrapped = Object.assign(new Error('The pending stream has been canceled'), {
      cause: refused,
    });
    expect(toPollyEngineError({ error: wrapped, operation: 'x' })).toMatchObject({
      isRetryable: true,
    });
    expect(
      toPollyEngineError({ error: new TypeError('bug'), operation: 'x' }),
    ).toMatchObject({ isRetryable: false });
  });

  it('passes ttskit errors through', () => {
    const error = new LoadApiKeyError({ message: 'missing' });
    expect(toPollyEngineError({ error, operation: 'x' })).toBe(error);
    expect(
      EngineCallError.isInstance(toPollyEngineError({ error: 'odd', operation: 'x' })),
    ).toBe(true);
  });
});
