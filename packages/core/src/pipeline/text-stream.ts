import { splitSentences } from '@ttskit/ssml';
import { bytesToPcm } from '../audio/pcm-bytes';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { AudioPartEncoder } from './audio-part-encoder';
import { PartQueue } from './part-queue';
import type { SynthesisRequest, SynthesisResult } from './synthesis-request';
import type { SynthesisStreamPart } from './synthesis-stream';

/** Parts of a text stream: audio, words and marks as they are spoken, then `end`. */
export type TextStreamPart =
  | Exclude<SynthesisStreamPart, { type: 'end' }>
  | { type: 'end'; text: string; durationMs: number };

/** Options for `streamText`: a request without its input, plus how text is split. */
export type TextStreamOptions = Omit<
  SynthesisRequest,
  'text' | 'ssml' | 'onChunk' | 'onProgress'
> & {
  /** Locale for sentence boundaries. Default `en`. */
  locale?: string;
  /** Hold back a sentence shorter than this and speak it with the next. Default 12. */
  minimumLength?: number;
};

/**
 * Text in, audio out while the text is still arriving (tokens from an
 * LLM): `write()` pieces of text, `end()` when done, and read the parts
 * with `for await`. Each complete sentence is synthesized as soon as it is
 * known (several at once, through the synthesizer's queue and cache) and
 * played in order; word offsets index the whole text written so far.
 */
export type TextSynthesisStream = AsyncIterable<TextStreamPart> & {
  write(text: string): void;
  end(): void;
  /** Resolves when the last audio has been produced, with the whole text and duration. */
  done: Promise<{ text: string; durationMs: number }>;
};

export function streamText(options: {
  synthesize: (request: SynthesisRequest) => Promise<SynthesisResult>;
  settings: TextStreamOptions;
}): TextSynthesisStream {
  const { locale = 'en', minimumLength = 12, ...request } = options.settings;
  const format = request.format ?? 'wav';
  const queue = new PartQueue<TextStreamPart>();
  const encoder = new AudioPartEncoder(format);
  let written = '';
  let sent = 0;
  let ended = false;
  let elapsedMs = 0;
  let tail: Promise<void> = Promise.resolve();
  let failed: unknown;
  const send = (start: number, end: number) => {
    const text = written.slice(start, end);
    sent = end;
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    const synthesis = options.synthesize({ ...request, text, format: 'pcm' });
    synthesis.catch(() => undefined);
    tail = tail.then(async () => {
      if (failed !== undefined) return;
      const result = await synthesis;
      const data = await encoder.encode(bytesToPcm(result.audio), result.sampleRate);
      queue.push({ type: 'audio', data, format, sampleRate: result.sampleRate });
      const words = result.words.map((word) => ({
        ...word,
        startMs: word.startMs + elapsedMs,
        endMs: word.endMs + elapsedMs,
        sourceStart: word.sourceStart + start,
        sourceEnd: word.sourceEnd + start,
      }));
      for (const word of words) queue.push({ type: 'word', word });
      elapsedMs += result.durationMs;
    });
    tail = tail.catch((error: unknown) => {
      failed = error;
      queue.fail(error);
    });
  };
  const flush = () => {
    const base = sent;
    const pending = written.slice(base);
    const sentences = splitSentences(pending, { locale });
    let end = base;
    for (const [index, sentence] of sentences.entries()) {
      const isLast = index === sentences.length - 1;
      // the last sentence is complete only if text (or the end) follows it
      if (isLast && !ended && !/\s$/u.test(pending)) break;
      if (isLast && !ended && !/[.!?。！？…]["'”’»)\]]*\s*$/u.test(pending)) break;
      const sentenceEnd = base + sentence.end;
      if (sentenceEnd - end < minimumLength && !(isLast && ended)) continue;
      send(end, sentenceEnd);
      end = sentenceEnd;
    }
    if (ended && end < written.length) send(end, written.length);
  };
  let finish: () => void = () => undefined;
  const done = new Promise<{ text: string; durationMs: number }>((resolve, reject) => {
    finish = () => {
      void tail.then(async () => {
        if (failed !== undefined) return reject(failed);
        const last = await encoder.finish();
        if (last.byteLength > 0)
          queue.push({ type: 'audio', data: last, format, sampleRate: 0 });
        queue.push({ type: 'end', text: written, durationMs: elapsedMs });
        queue.close();
        resolve({ text: written, durationMs: elapsedMs });
      });
    };
  });
  done.catch(() => undefined);
  return {
    [Symbol.asyncIterator]: () => queue[Symbol.asyncIterator](),
    write(text: string) {
      if (ended)
        throw new InvalidArgumentError({
          argument: 'text',
          message: '[ttskit] write() after end()',
        });
      if (typeof text !== 'string')
        throw new InvalidArgumentError({
          argument: 'text',
          message: '[ttskit] write() takes a string',
        });
      written += text;
      flush();
    },
    end() {
      if (ended) return;
      ended = true;
      flush();
      finish();
    },
    done,
  };
}
