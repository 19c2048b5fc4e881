import cors from '@fastify/cors';
import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { ServerConfig } from '../config/server-config';
import { createHttpMetricsHook } from '../metrics/http-metrics-hook';
import type { ServerMetrics } from '../metrics/server-metrics';
import { logAccess, logArrival } from './access-log-hook';
import { createApiKeyVerifier } from './api-keys';
import { createAuthenticateHook } from './authenticate-hook';
import { corsOptions } from './cors-options';
import { createRateLimitHook } from './rate-limit-hook';
import { createRateLimiter } from './rate-limiter';

/**
 * Everything every request goes through before a route, in order: request
 * id and security headers, WebSocket upgrades, CORS, API key, rate limit;
 * and after it: metrics and one access-log line.
 */
export async function registerGateway(options: {
  app: FastifyInstance;
  config: ServerConfig;
  metrics: ServerMetrics;
  redis: Redis | undefined;
}): Promise<void> {
  const { app, config, metrics, redis } = options;
  const verifier = createApiKeyVerifier(config.apiKeyHashes);
  if (!verifier.enabled) {
    app.log.warn(
      'authentication is OFF: no API keys configured (TTSKIT_API_KEYS); fine on 127.0.0.1, set keys before exposing the service',
    );
  }
  app.addHook('onRequest', logArrival);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
  });
  // before the gateway hooks: its own hooks must also see upgrades that auth refuses
  await app.register(websocket, {
    options: {
      maxPayload: 64 * 1024,
      // never echo `bearer.<key>` back: only the application protocol is chosen
      handleProtocols: (protocols) => (protocols.has('ttskit') ? 'ttskit' : false),
    },
  });
  await app.register(cors, corsOptions(config.corsOrigins));
  app.addHook('onRequest', createAuthenticateHook({ verifier, metrics }));
  app.addHook(
    'onRequest',
    createRateLimitHook({
      limiter: createRateLimiter({ ...config.rateLimit, redis }),
      metrics,
    }),
  );
  app.addHook('onResponse', createHttpMetricsHook(metrics));
  app.addHook('onResponse', logAccess);
}
