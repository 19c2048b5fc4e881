import type { FastifyServerOptions } from 'fastify';

/** Everywhere a secret could appear in a logged object. */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers["sec-websocket-protocol"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers["x-api-key"]',
  'apiKey',
  'apiKeys',
  '*.apiKey',
  'config.apiKeyHashes',
];

/**
 * pino options: JSON lines, secrets censored, the request logged without its
 * query string (never needed to debug, sometimes holds a token).
 */
export function loggerOptions(options: {
  level: string;
  destination?: NodeJS.WritableStream;
}): FastifyServerOptions['logger'] {
  return {
    level: options.level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    ...(options.destination ? { stream: options.destination } : {}),
    serializers: {
      req(request) {
        return {
          method: request.method,
          url: request.url.split('?')[0],
          remoteAddress: request.ip,
        };
      },
    },
  };
}
