import { Readable } from 'node:stream';
import { resamplePcm } from '../audio/resample-pcm';
import { AudioPartEncoder } from './audio-part-encoder';
import { PartQueue } from './part-queue';
import type {
  AudioChunk,
  MarkTiming,
  OutputFormat,
  SynthesisRequest,
  SynthesisResult,
  WordTiming,
} from './synthesis-request';

/**
 * What a stream yields, in order: audio bytes, the words and marks spoken
 * in them, and at the end the result (without audio when it was streamed in
 * chunks: a long text is never held in memory).
 */
export type SynthesisStreamPart =
  | { type: 'audio'; data: Uint8Array; format: OutputFormat; sampleRate: number }
  | { type: 'word'; word: WordTiming }
  | { type: 'mark'; mark: MarkTiming }
  | { type: 'end'; result: SynthesisResult };

/**
 * Audio as it is produced. Iterate it with `for await`; the `audio` parts
 * concatenated are a playable stream in the requested format (WAV with an
 * unknown-length header, raw PCM, or MP3 frames). A slow reader slows
 * production (a few chunks are made ahead); leaving the loop early aborts
 * the request and its queued chunks. `result` resolves at the end.
 */
export type SynthesisStream = AsyncIterable<SynthesisStreamPart> & {
  result: Promise<SynthesisResult>;
  /** The audio bytes as a Web `ReadableStream` (pull-based: backpressure). */
  toReadableStream(): ReadableStream<Uint8Array>;
  /** The audio bytes as a Node.js `Readable`, e.g. to pipe into an HTTP response. */
  toNodeReadable(): Readable;
};

/** Parts waiting for the reader before production pauses. */
const highWaterMark = 8;

/** Runs `synthesize` with `onChunk` and turns the chunks into stream parts. */
export function streamSynthesis(options: {
  synthesize: (request: SynthesisRequest) => Promise<SynthesisResult>;
  request: SynthesisRequest;
}): SynthesisStream {
  const { request } = options;
  const format = request.format ?? 'wav';
  const queue = new PartQueue<SynthesisStreamPart>();
  const controller = new AbortController();
  queue.onCancel = () => controller.abort(new Error('[ttskit] the stream was cancelled'));
  const signal = request.signal
    ? AbortSignal.any([request.signal, controller.signal])
    : controller.signal;
  const encoder = new AudioPartEncoder(format);
  let emitted = false;
  const pushTimings = (words: readonly WordTiming[], marks: readonly MarkTiming[]) => {
    for (const word of words) queue.push({ type: 'word', word });
    for (const mark of marks) queue.push({ type: 'mark', mark });
  };
  const onChunk = async (chunk: AudioChunk) => {
    emitted = true;
    const rate = request.sampleRate ?? chunk.sampleRate;
    const samples =
      rate === chunk.sampleRate
        ? chunk.samples
        : resamplePcm({
            samples: chunk.samples,
            fromRate: chunk.sampleRate,
            toRate: rate,
          });
    const data = await encoder.encode(samples, rate);
    queue.push({ type: 'audio', data, format, sampleRate: rate });
    pushTimings(chunk.words, chunk.marks);
    await queue.waitForRoom(highWaterMark);
  };
  const result = options
    .synthesize({ ...request, signal, onChunk })
    .then(async (whole) => {
      if (!emitted) {
        queue.push({
          type: 'audio',
          data: whole.audio,
          format,
          sampleRate: whole.sampleRate,
        });
        pushTimings(whole.words, whole.marks);
      } else {
        // the last MP3 frames the encoder still holds
        const last = await encoder.finish();
        if (last.byteLength > 0)
          queue.push({ type: 'audio', data: last, format, sampleRate: whole.sampleRate });
      }
      queue.push({ type: 'end', result: whole });
      queue.close();
      return whole;
    })
    .catch((error: unknown) => {
      queue.fail(error);
      throw error;
    });
  // a caller that only iterates must not see an unhandled rejection
  result.catch(() => undefined);
  async function* audioBytes(): AsyncGenerator<Uint8Array> {
    for await (const part of queue) if (part.type === 'audio') yield part.data;
  }
  return {
    [Symbol.asyncIterator]: () => queue[Symbol.asyncIterator](),
    result,
    toReadableStream() {
      const bytes = audioBytes();
      return new ReadableStream<Uint8Array>({
        async pull(stream) {
          const next = await bytes.next();
          if (next.done) stream.close();
          else stream.enqueue(next.value);
        },
        async cancel() {
          await bytes.return(undefined);
        },
      });
    },
    toNodeReadable() {
      return Readable.from(audioBytes(), { objectMode: false });
    },
  };
}
