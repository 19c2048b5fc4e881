import type { FastifyInstance } from 'fastify';
import { clientAbortSignal } from '../http/client-abort-signal';
import type { ServerContext } from '../server-context';
import { parseOpenAiSpeech } from '../synthesis/openai-request';
import { sendSpeechStream } from './send-speech-stream';

/**
 * `POST /v1/audio/speech` in OpenAI's shape (`model`, `input`, `voice`,
 * `response_format`, `speed`): OpenAI SDKs pointed at this server with
 * `baseURL` work unchanged. Like OpenAI, the audio is streamed as produced.
 */
export function registerOpenAiSpeechRoute(
  app: FastifyInstance,
  context: ServerContext,
): void {
  app.post('/v1/audio/speech', async (request, reply) => {
    const { engine, request: synthesis } = parseOpenAiSpeech({
      body: request.body,
      engineIds: context.speech.engineIds,
      defaultEngine: context.speech.defaultEngine,
      maxInputChars: context.config.limits.maxInputChars,
    });
    const { id, synthesizer } = context.speech.synthesizerFor(engine);
    return sendSpeechStream({
      request,
      reply,
      context,
      engineId: id,
      synthesizer,
      synthesis: {
        ...synthesis,
        signal: clientAbortSignal(reply),
        requestId: request.id,
      },
      startedAt: performance.now(),
      events: false,
    });
  });
}
