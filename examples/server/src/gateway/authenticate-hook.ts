import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http/http-error';
import type { ServerMetrics } from '../metrics/server-metrics';
import type { ApiKeyVerifier } from './api-keys';

declare module 'fastify' {
  interface FastifyRequest {
    /** Id of the API key that authenticated the request (a digest prefix, safe to log). */
    apiKeyId?: string;
  }
}

/**
 * Whether the request matched a `/v1` route. The matched route template is
 * used, never the raw URL: the router decodes `/%76%31/voices` to
 * `/v1/voices`, which a prefix check on the URL would let through.
 */
export function isApiRoute(request: FastifyRequest): boolean {
  return (
    request.method !== 'OPTIONS' && (request.routeOptions.url ?? '').startsWith('/v1/')
  );
}

/** WebSocket clients in browsers cannot set headers: they offer `bearer.<key>` as a subprotocol. */
const subprotocolPrefix = 'bearer.';

/** The presented key: `Authorization: Bearer`, `X-API-Key`, or a WebSocket subprotocol. */
export function presentedApiKey(request: FastifyRequest): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
    return match?.[1] ?? '';
  }
  const header = request.headers['x-api-key'];
  if (typeof header === 'string') return header;
  const protocols = request.headers['sec-websocket-protocol'];
  if (typeof protocols === 'string') {
    const offered = protocols.split(',').map((protocol) => protocol.trim());
    const bearer = offered.find((protocol) => protocol.startsWith(subprotocolPrefix));
    if (bearer) return bearer.slice(subprotocolPrefix.length);
  }
  return undefined;
}

/**
 * An `onRequest` hook requiring an API key on `/v1/*` (the playground,
 * health checks and metrics stay open). With no keys configured it lets
 * everything through: the server says so at startup.
 */
export function createAuthenticateHook(options: {
  verifier: ApiKeyVerifier;
  metrics: ServerMetrics;
}) {
  const { verifier, metrics } = options;
  return async function authenticate(request: FastifyRequest, _reply: FastifyReply) {
    if (!verifier.enabled || !isApiRoute(request)) return;
    const presented = presentedApiKey(request);
    const keyId = presented ? verifier.verify(presented) : undefined;
    if (keyId) {
      request.apiKeyId = keyId;
      return;
    }
    const reason = presented === undefined ? 'missing' : 'invalid';
    metrics.authFailures.inc({ reason });
    throw new HttpError({
      statusCode: 401,
      type: 'authentication_error',
      code: reason === 'missing' ? 'missing_api_key' : 'invalid_api_key',
      message:
        reason === 'missing'
          ? 'an API key is required: send `Authorization: Bearer <key>`'
          : 'the API key is not valid',
      headers: {
        'www-authenticate':
          reason === 'missing'
            ? 'Bearer realm="ttskit"'
            : 'Bearer realm="ttskit", error="invalid_token"',
      },
    });
  };
}
