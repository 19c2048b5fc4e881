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

/** What a stream yields, in order: audio bytes, then the words and marks they carry. */
export type SynthesisStreamPart =
  | { type: 'audio'; data: Uint8Array; format: OutputFormat; sampleRate: number }
  | { type: 'words'; words: WordTiming[] }
  | { type: 'marks'; marks: MarkTiming[] }
  | { type: 'finish'; result: SynthesisResult };

/**
 * Audio as it is produced. Iterate it with `for await`; the `audio` parts
 * concatenated are a playable stream in the requested format (WAV with a
 * streaming header). `result` resolves with the whole result at the end.
 */
export type SynthesisStream = AsyncIterable<SynthesisStreamPart> & {
  result: Promise<SynthesisResult>;
};

/** Runs `synthesize` with `onChunk` and turns the chunks into stream parts. */
export function streamSynthesis(options: {
  synthesize: (request: SynthesisRequest) => Promise<SynthesisResult>;
  request: SynthesisRequest;
}): SynthesisStream {
  const { request } = options;
  const format = request.format ?? 'wav';
  const queue = new PartQueue<SynthesisStreamPart>();
  const encoder = new AudioPartEncoder(format);
  let emitted = false;
  let pending: Promise<unknown> = Promise.resolve();
  const onChunk = (chunk: AudioChunk) => {
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
    const encoded = encoder.encode(samples, rate);
    pending = Promise.all([pending, encoded]).then(([, data]) => {
      queue.push({ type: 'audio', data, format, sampleRate: rate });
      if (chunk.words.length > 0) queue.push({ type: 'words', words: chunk.words });
      if (chunk.marks.length > 0) queue.push({ type: 'marks', marks: chunk.marks });
    });
  };
  const result = options
    .synthesize({ ...request, onChunk })
    .then(async (whole) => {
      await pending;
      if (!emitted) {
        queue.push({
          type: 'audio',
          data: whole.audio,
          format,
          sampleRate: whole.sampleRate,
        });
        if (whole.words.length > 0) queue.push({ type: 'words', words: whole.words });
        if (whole.marks.length > 0) queue.push({ type: 'marks', marks: whole.marks });
      }
      queue.push({ type: 'finish', result: whole });
      queue.close();
      return whole;
    })
    .catch((error: unknown) => {
      queue.fail(error);
      throw error;
    });
  // a caller that only iterates must not see an unhandled rejection
  result.catch(() => undefined);
  return { [Symbol.asyncIterator]: () => queue[Symbol.asyncIterator](), result };
}
