import { describe, expect, it } from 'vitest';
import { cancellationError } from './cancellation-error';

const upgrade = (status: number) =>
  `Unable to contact server. StatusCode: 1006,\n                    wss://westeurope.tts.speech.microsoft.com/tts/cognitiveservices/websocket/v1 Reason:  Unexpected server response: ${status}`;

describe('cancellationError', () => {
  it.each([
    [400, false],
    [401, false],
    [403, false],
    [408, true],
    [429, true],
    [500, true],
    [503, true],
  ])('parses HTTP %i out of the 1006 text (retryable %s)', (status, retryable) => {
    const error = cancellationError({
      errorDetails: upgrade(status),
      errorCode: 'ConnectionFailure',
    });
    expect(error).toMatchObject({
      engine: 'azure',
      statusCode: status,
      isRetryable: retryable,
      url: 'wss://westeurope.tts.speech.microsoft.com/tts/cognitiveservices/websocket/v1',
    });
    expect(error.message).toMatch(/^\[ttskit\] \[engine-azure\] synthesis failed \(HTTP/);
    expect(error.message).not.toContain('\n');
  });

  it.each([
    [1007, false],
    [1008, false],
    [1011, true],
    [1006, true],
  ])('websocket close %i mid-synthesis (retryable %s)', (code, retryable) => {
    const error = cancellationError({
      errorDetails: `Some reason websocket error code: ${code}`,
      errorCode: code === 1007 ? 'BadRequestParameters' : 'ConnectionFailure',
    });
    expect(error).toMatchObject({ statusCode: undefined, isRetryable: retryable });
  });

  it('network failures are retryable; otherwise the SDK error code decides', () => {
    expect(
      cancellationError({
        errorDetails: 'connect ECONNREFUSED 127.0.0.1:1',
        errorCode: 'ConnectionFailure',
      }).isRetryable,
    ).toBe(true);
    expect(
      cancellationError({ errorDetails: '', errorCode: 'TooManyRequests' }),
    ).toMatchObject({ statusCode: 429, isRetryable: true });
    expect(
      cancellationError({ errorDetails: undefined, errorCode: 'AuthenticationFailure' })
        .isRetryable,
    ).toBe(false);
    expect(
      cancellationError({ errorDetails: 'boom', errorCode: 'ServiceError' }).isRetryable,
    ).toBe(true);
  });
});
