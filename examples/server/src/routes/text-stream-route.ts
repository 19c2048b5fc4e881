import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../server-context';
import { createTextStreamSession } from '../streaming/text-stream-session';

/**
 * `GET /v1/stream` (WebSocket): text in while it arrives, audio and word
 * events out (see `text-stream-session.ts` for the messages). Authenticated
 * and rate-limited at the upgrade like any `/v1` request; browsers send the
 * key as the subprotocol `bearer.<key>` next to `ttskit`.
 */
export function registerTextStreamRoute(
  app: FastifyInstance,
  context: ServerContext,
): void {
  app.get('/v1/stream', { websocket: true }, (socket, request) => {
    context.metrics.websocketConnections.inc();
    const session = createTextStreamSession({
      socket,
      context,
      log: request.log,
      requestId: request.id,
    });
    socket.on('message', (data, isBinary) => session.receive(data, isBinary));
    socket.on('close', () => {
      context.metrics.websocketConnections.dec();
      session.close();
    });
  });
}
