import type { FastifyReply, FastifyRequest } from 'fastify';

/** At `debug` level, a line when a request arrives (to follow slow ones). */
export async function logArrival(request: FastifyRequest) {
  request.log.debug(
    { method: request.method, url: request.url.split('?')[0] },
    'incoming',
  );
}

/**
 * One access-log line per request, when its response is complete (instead
 * of Fastify's two, at the start and the end): method, route, status, time,
 * the API key id (never the key) and the client address.
 */
export async function logAccess(request: FastifyRequest, reply: FastifyReply) {
  request.log.info(
    {
      method: request.method,
      url: request.url.split('?')[0],
      route: request.routeOptions.url,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
      key: request.apiKeyId,
      remoteAddress: request.ip,
    },
    'request',
  );
}
