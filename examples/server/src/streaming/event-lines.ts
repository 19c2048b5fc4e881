import type { SynthesisResult, SynthesisStreamPart } from '@ttskit/core';
import { errorBody } from '../http/error-body';
import { toHttpError } from '../http/to-http-error';
import { asBuffer } from './audio-bytes';

/** What the end line of an event stream adds to the result. */
export type EventStreamEnd = (result: SynthesisResult) => Record<string, unknown>;

/**
 * A stream's parts as NDJSON lines, one JSON object per line: `audio`
 * (base64 bytes), `word`, `mark`, then `end` with the result's summary, or
 * `error` when synthesis fails midway (the status is already 200 by then).
 */
export async function* eventLinesOf(options: {
  parts: AsyncIterable<SynthesisStreamPart>;
  summarize: EventStreamEnd;
  requestId: string;
  onError: (error: unknown) => void;
}): AsyncGenerator<string> {
  try {
    for await (const part of options.parts) {
      if (part.type === 'audio') {
        if (part.data.byteLength === 0) continue;
        yield `${JSON.stringify({
          type: 'audio',
          format: part.format,
          sampleRate: part.sampleRate,
          data: asBuffer(part.data).toString('base64'),
        })}\n`;
      } else if (part.type === 'word') {
        yield `${JSON.stringify({ type: 'word', ...part.word })}\n`;
      } else if (part.type === 'mark') {
        yield `${JSON.stringify({ type: 'mark', ...part.mark })}\n`;
      } else {
        yield `${JSON.stringify({ type: 'end', ...options.summarize(part.result) })}\n`;
      }
    }
  } catch (error) {
    options.onError(error);
    const httpError = toHttpError(error);
    yield `${JSON.stringify({
      type: 'error',
      ...errorBody({ error: httpError, requestId: options.requestId }),
    })}\n`;
  }
}
