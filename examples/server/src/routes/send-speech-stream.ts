import { Readable } from 'node:stream';
import type { SynthesisRequest, Synthesizer } from '@ttskit/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerContext } from '../server-context';
import { contentTypeOf } from '../storage/audio-content-type';
import { audioBytesOf } from '../streaming/audio-bytes';
import { eventLinesOf } from '../streaming/event-lines';
import { openStream } from '../streaming/open-stream';
import { resultSummary, streamHeaders } from './speech-headers';

/**
 * Streams a synthesis through core's `stream()`: the raw audio bytes (WAV
 * with an unknown-length header, PCM or MP3 frames) as they are produced,
 * or, with `events`, NDJSON lines carrying audio, word timings and the end
 * summary. The status is decided once the first part exists; then bytes flow
 * with backpressure and a client that leaves cancels the synthesis.
 */
export async function sendSpeechStream(options: {
  request: FastifyRequest;
  reply: FastifyReply;
  context: ServerContext;
  engineId: string;
  synthesizer: Synthesizer;
  synthesis: SynthesisRequest;
  startedAt: number;
  events: boolean;
}): Promise<FastifyReply> {
  const { reply, request, context, synthesizer, synthesis, startedAt } = options;
  const opened = await openStream(synthesizer.stream(synthesis));
  const firstAudioMs = performance.now() - startedAt;
  opened.result.then(
    (result) => context.materializer.after({ synthesizer, request: synthesis, result }),
    () => undefined, // reported by the response itself
  );
  if (options.events) {
    reply.headers(
      streamHeaders({ contentType: 'application/x-ndjson', engine: options.engineId }),
    );
    const lines = eventLinesOf({
      parts: opened.parts,
      requestId: request.id,
      onError: (error) => request.log.warn({ err: error }, 'stream failed midway'),
      summarize: (result) => ({
        ...resultSummary({ result, elapsedMs: performance.now() - startedAt }),
        firstAudioMs: Math.round(firstAudioMs * 10) / 10,
      }),
    });
    return reply.send(Readable.from(lines));
  }
  reply.headers(
    streamHeaders({
      contentType: contentTypeOf(synthesis.format ?? 'wav'),
      engine: options.engineId,
    }),
  );
  return reply.send(Readable.from(audioBytesOf(opened.parts)));
}
