import type { FastifyInstance } from 'fastify';
import { notFound } from '../http/http-error';
import type { ServerContext } from '../server-context';
import { audioKeyPattern } from '../storage/audio-store';
import { parseByteRange } from '../storage/byte-range';
import { asBuffer } from '../streaming/audio-bytes';

/** Whether an `If-None-Match` / `If-Range` value names `etag`. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((value) => value.trim().replace(/^W\//, ''))
    .some((value) => value === '*' || value === etag);
}

/**
 * `GET /v1/audio/:key` (also `HEAD`): the stored audio of a request key.
 * With S3 configured, a 302 to a presigned URL (S3 serves the bytes, ranges
 * and all). Otherwise served here with a strong `ETag` (304 on
 * `If-None-Match`), `Accept-Ranges` and single `Range` requests (206/416).
 * The audio of a key never changes meaning, so it may be cached privately.
 */
export function registerAudioRoute(app: FastifyInstance, context: ServerContext): void {
  app.get<{ Params: { key: string } }>('/v1/audio/:key', async (request, reply) => {
    const key = request.params.key.replace(/\.(wav|mp3|pcm)$/, '');
    if (!audioKeyPattern.test(key)) throw notFound('no audio under this key');
    const s3 = context.config.storage.s3;
    if (s3) {
      const url = await context.audio.presignedUrl({
        key,
        expiresInSeconds: s3.presignExpiresInSeconds,
      });
      if (url) return reply.header('cache-control', 'no-store').redirect(url, 302);
    }
    const audio = await context.audio.get(key);
    if (!audio) throw notFound('no audio under this key');
    reply.headers({
      etag: audio.etag,
      'accept-ranges': 'bytes',
      'cache-control': 'private, max-age=86400',
      'content-type': audio.contentType,
      ...(audio.sampleRate ? { 'x-ttskit-sample-rate': String(audio.sampleRate) } : {}),
    });
    if (matchesEtag(request.headers['if-none-match'], audio.etag)) {
      return reply.code(304).send();
    }
    const size = audio.data.byteLength;
    const ifRange = [request.headers['if-range']].flat()[0];
    const range =
      ifRange === undefined || matchesEtag(ifRange, audio.etag)
        ? parseByteRange({ header: request.headers.range, size })
        : ({ kind: 'whole' } as const);
    if (range.kind === 'unsatisfiable') {
      reply.removeHeader('content-type');
      return reply.code(416).header('content-range', `bytes */${size}`).send();
    }
    if (range.kind === 'partial') {
      return reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
        .send(asBuffer(audio.data.subarray(range.start, range.end + 1)));
    }
    return reply.send(asBuffer(audio.data));
  });
}
