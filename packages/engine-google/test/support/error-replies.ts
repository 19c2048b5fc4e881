import { type FakeReply, googleError } from './fake-reply';

/** Canned failures, keyed by the input text that triggers them. */
export const errorReplies = new Map<string, FakeReply>([
  [
    'bad request',
    googleError({ status: 400, code: 'INVALID_ARGUMENT', message: 'Invalid SSML.' }),
  ],
  [
    'unauthenticated',
    googleError({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: 'Request had invalid authentication credentials.',
    }),
  ],
  [
    'forbidden',
    googleError({
      status: 403,
      code: 'PERMISSION_DENIED',
      message:
        'Cloud Text-to-Speech API has not been used in project 1 before or it is disabled.',
    }),
  ],
  [
    'throttled',
    {
      ...googleError({
        status: 429,
        code: 'RESOURCE_EXHAUSTED',
        message: 'Quota exceeded.',
      }),
      headers: { 'retry-after': '7' },
    },
  ],
  [
    'retry info',
    {
      status: 429,
      body: {
        error: {
          code: 429,
          status: 'RESOURCE_EXHAUSTED',
          message: 'Quota exceeded.',
          details: [
            { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '1.500s' },
          ],
        },
      },
    },
  ],
  [
    'internal',
    googleError({
      status: 500,
      code: 'INTERNAL',
      message: 'Internal error encountered.',
    }),
  ],
  [
    'unavailable',
    googleError({
      status: 503,
      code: 'UNAVAILABLE',
      message: 'The service is currently unavailable.',
    }),
  ],
  [
    'deadline',
    googleError({
      status: 504,
      code: 'DEADLINE_EXCEEDED',
      message: 'Deadline exceeded.',
    }),
  ],
  [
    'not implemented',
    googleError({ status: 501, code: 'UNIMPLEMENTED', message: 'Not implemented.' }),
  ],
  ['html', { status: 502, body: '<html>Bad Gateway</html>' }],
  ['hang', { status: 200, hang: true }],
  ['drop', { status: 200, destroy: true }],
  ['not json', { status: 200, body: 'not json' }],
  ['no audio', { status: 200, body: { timepoints: [] } }],
]);
