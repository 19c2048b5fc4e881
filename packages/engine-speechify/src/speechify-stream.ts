import { PcmStreamReader } from '@ttskit/core';
import type {
  EngineV1StreamPart,
  EngineV1StreamResult,
  Warning,
} from '@ttskit/core/spec';
import type { SpeechifySpeechRequestBody } from './speechify-api-types';
import { SPEECHIFY_SAMPLE_RATE } from './speechify-audio';
import type { SpeechifyClient } from './speechify-client';
import { malformedResponseError, noAudioError } from './speechify-errors';

/**
 * `POST /v1/audio/stream` with `Accept: audio/pcm`: raw 16-bit PCM (24 kHz
 * mono, `Content-Type: audio/L16;rate=24000;channels=1`) as `audio-delta`
 * parts while it arrives. The request is made before this resolves, so
 * HTTP errors reject here (and core can retry); later failures error the
 * stream. The timeout bounds the silence between chunks.
 */
export async function streamSpeech(options: {
  client: SpeechifyClient;
  body: SpeechifySpeechRequestBody;
  headers: Record<string, string> | undefined;
  abortSignal: AbortSignal | undefined;
  warnings: Warning[];
}): Promise<EngineV1StreamResult> {
  const cancel = new AbortController();
  const abortSignal = options.abortSignal
    ? AbortSignal.any([options.abortSignal, cancel.signal])
    : cancel.signal;
  const timestamp = new Date();
  const open = await options.client.open({
    method: 'POST',
    path: '/v1/audio/stream',
    body: options.body,
    accept: 'audio/pcm',
    headers: options.headers,
    abortSignal,
  });
  const reader = open.response.body?.getReader();
  if (reader === undefined) {
    open.deadline.dispose();
    throw malformedResponseError({ detail: 'no response body', url: open.url });
  }
  const contentType = open.response.headers.get('content-type') ?? '';
  const sampleRate = Number(
    /rate=(\d+)/i.exec(contentType)?.[1] ?? SPEECHIFY_SAMPLE_RATE,
  );
  const requestId = open.response.headers.get('speechify-request-id') ?? undefined;
  const chunker = new PcmStreamReader();
  let sampleCount = 0;
  const stream = new ReadableStream<EngineV1StreamPart>({
    start(controller) {
      for (const warning of options.warnings)
        controller.enqueue({ type: 'warning', warning });
    },
    async pull(controller) {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) {
            open.deadline.dispose();
            if (sampleCount === 0) throw noAudioError();
            controller.enqueue({
              type: 'finish',
              response: { timestamp, ...(requestId ? { requestId } : {}) },
            });
            controller.close();
            return;
          }
          open.deadline.refresh();
          const samples = chunker.push(value);
          if (samples.length === 0) continue;
          sampleCount += samples.length;
          controller.enqueue({ type: 'audio-delta', samples, sampleRate });
          return;
        }
      } catch (error) {
        open.deadline.dispose();
        controller.error(open.failure(error));
      }
    },
    cancel(reason) {
      open.deadline.dispose();
      cancel.abort(reason);
      reader.cancel(reason).catch(() => undefined);
    },
  });
  return { stream };
}
