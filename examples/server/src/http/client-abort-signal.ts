import type { FastifyReply } from 'fastify';

/**
 * A signal that aborts when the client goes away before the response is
 * complete, so synthesis nobody waits for stops (work shared with other
 * callers carries on: the synthesizer only cancels what no one awaits).
 */
export function clientAbortSignal(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) {
      controller.abort(
        new Error('[ttskit] [example-server] the client closed the connection'),
      );
    }
  });
  return controller.signal;
}
