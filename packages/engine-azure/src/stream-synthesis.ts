import { PcmStreamReader } from '@ttskit/core';
import type { EngineV1StreamPart, EngineV1StreamResult } from '@ttskit/core/spec';
import type { AzureEngineContext } from './azure-engine-context';
import { noAudioError } from './azure-errors';
import type { PooledSynthesizer } from './pooled-synthesizer';
import type { PreparedCall } from './prepare-call';
import { runSynthesis } from './run-synthesis';
import { createTimelineListener } from './timeline-listener';

/**
 * Streams one synthesis: an `audio-delta` per audio chunk the service sends
 * (always PCM), `word` and `mark` parts as their events arrive, then
 * `finish`. Cancelling the stream closes the synthesizer's websocket.
 */
export function streamSynthesis(options: {
  context: AzureEngineContext;
  synthesizer: PooledSynthesizer;
  call: PreparedCall;
  abortSignal: AbortSignal | undefined;
}): EngineV1StreamResult {
  const { context, synthesizer, call } = options;
  const cancel = new AbortController();
  const abortSignal = options.abortSignal
    ? AbortSignal.any([options.abortSignal, cancel.signal])
    : cancel.signal;
  const { sampleRate } = call.outputFormat;
  const stream = new ReadableStream<EngineV1StreamPart>({
    start(controller) {
      for (const warning of call.warnings)
        controller.enqueue({ type: 'warning', warning });
      const chunker = new PcmStreamReader();
      let sampleCount = 0;
      const listener = createTimelineListener({
        locator: call.locator,
        onAudio(chunk) {
          const samples = chunker.push(chunk);
          if (samples.length === 0) return;
          sampleCount += samples.length;
          controller.enqueue({ type: 'audio-delta', samples, sampleRate });
        },
        onWord: (word) => controller.enqueue({ type: 'word', word }),
        onMark: (mark) => controller.enqueue({ type: 'mark', mark }),
      });
      runSynthesis({
        pool: context.pool,
        synthesizer,
        outputFormat: call.outputFormat,
        ssml: call.ssml,
        timeoutMs: context.timeoutMs,
        abortSignal,
        listener,
      }).then(
        (result) => {
          if (sampleCount === 0) {
            controller.error(noAudioError());
            return;
          }
          controller.enqueue({
            type: 'finish',
            response: { timestamp: call.timestamp, requestId: result.resultId },
          });
          controller.close();
        },
        (error: unknown) => {
          if (!cancel.signal.aborted) controller.error(error);
        },
      );
    },
    cancel(reason) {
      cancel.abort(reason);
    },
  });
  return { stream };
}
