import type { FastifyInstance } from 'fastify';
import { accepts } from '../http/accepts';
import { clientAbortSignal } from '../http/client-abort-signal';
import type { ServerContext } from '../server-context';
import { asBuffer } from '../streaming/audio-bytes';
import { parseSpeechBody } from '../synthesis/speech-request';
import { sendSpeechStream } from './send-speech-stream';
import { resultHeaders, resultSummary } from './speech-headers';

/**
 * `POST /v1/speech` `{ text | ssml, voice?, engine?, format?, sampleRate?,
 * language?, stream?, strictSsml? }`:
 * - audio bytes with their `Content-Type` (and the key, cache status and
 *   timing in `X-TTSKit-*` headers);
 * - `Accept: application/json`: `{ audio (base64), words, marks, ... }`;
 * - `stream: true`: audio chunk by chunk as it is produced, or with
 *   `Accept: application/x-ndjson` audio, word and end events as lines.
 */
export function registerSpeechRoute(app: FastifyInstance, context: ServerContext): void {
  app.post('/v1/speech', async (request, reply) => {
    const input = parseSpeechBody({
      body: request.body,
      maxInputChars: context.config.limits.maxInputChars,
      defaultFormat: context.config.synthesis.defaultFormat,
    });
    const { id, synthesizer } = context.speech.synthesizerFor(input.engine);
    const synthesis = {
      ...input.request,
      signal: clientAbortSignal(reply),
      requestId: request.id, // core's events carry the HTTP request id
    };
    const startedAt = performance.now();
    const accept = request.headers.accept;
    if (input.stream) {
      return sendSpeechStream({
        request,
        reply,
        context,
        engineId: id,
        synthesizer,
        synthesis,
        startedAt,
        events: accepts({ accept, type: 'application/x-ndjson' }),
      });
    }
    // the audio is only sent on: a memory hit may hand over the cache's bytes, uncopied
    const result = await synthesizer.synthesize({ ...synthesis, shareAudio: true });
    const elapsedMs = performance.now() - startedAt;
    const headers = resultHeaders({ result, elapsedMs });
    if (accepts({ accept, type: 'application/json' })) {
      const { 'content-type': _audioType, ...rest } = headers;
      return reply.headers(rest).send({
        ...resultSummary({ result, elapsedMs }),
        words: result.words,
        marks: result.marks,
        audio: asBuffer(result.audio).toString('base64'),
      });
    }
    return reply.headers(headers).send(asBuffer(result.audio));
  });
}
