import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
} from 'fastify';
import { errorBody } from './error-body';
import { notFound } from './http-error';
import { toHttpError } from './to-http-error';

/**
 * One error shape for every route, including Fastify's own errors (bad
 * JSON, body too large) and unknown routes. Server-side failures are logged
 * with their cause; client mistakes are logged at `info`.
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler(
    (error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
      const httpError = toHttpError(error);
      if (httpError.statusCode >= 500) {
        request.log.error({ err: httpError.cause ?? error }, httpError.message);
      } else {
        request.log.info(
          { code: httpError.code, status: httpError.statusCode },
          'rejected',
        );
      }
      if (reply.raw.headersSent) {
        reply.raw.destroy();
        return;
      }
      reply.headers(httpError.headers);
      // 499: the client is gone; nothing useful can be sent
      reply.code(httpError.statusCode === 499 ? 400 : httpError.statusCode);
      return reply.send(errorBody({ error: httpError, requestId: request.id }));
    },
  );
  app.setNotFoundHandler((request, reply) => {
    const error = notFound(`no route for ${request.method} ${request.url.split('?')[0]}`);
    return reply.code(404).send(errorBody({ error, requestId: request.id }));
  });
}
