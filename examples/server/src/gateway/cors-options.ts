import type { FastifyCorsOptions } from '@fastify/cors';

/** Headers a browser on another origin may read from our responses. */
const exposedHeaders = [
  'x-request-id',
  'retry-after',
  'content-location',
  'location',
  'etag',
  'content-range',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'server-timing',
  'x-ttskit-key',
  'x-ttskit-cache',
  'x-ttskit-engine',
  'x-ttskit-voice',
  'x-ttskit-sample-rate',
  'x-ttskit-audio-duration-ms',
];

/**
 * CORS from `CORS_ORIGINS`: `*` for any origin, a list of origins, or none
 * (same-origin only, the default: the playground is served by the API).
 */
export function corsOptions(origins: readonly string[]): FastifyCorsOptions {
  return {
    origin: origins.includes('*') ? true : [...origins],
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'x-api-key',
      'x-request-id',
      'idempotency-key',
      'range',
    ],
    exposedHeaders,
    maxAge: 600,
  };
}
