import type { SynthesisResult, SynthesisStream, SynthesisStreamPart } from '@ttskit/core';

/** A stream whose first part has arrived: nothing has been sent to the client yet. */
export type OpenedStream = {
  /** Every part, the first one included; leaving the loop early cancels synthesis. */
  parts: AsyncGenerator<SynthesisStreamPart>;
  /** The end result, once every part has been read. */
  result: Promise<SynthesisResult>;
};

/**
 * Waits for a stream's first part before anything is sent, so that a
 * request the synthesizer rejects (bad SSML, an unknown voice, an engine
 * that is down) still gets a proper status and error body. After this
 * point the status is 200 and a failure can only cut the response short.
 *
 * @throws whatever the synthesizer throws before producing the first part.
 */
export async function openStream(stream: SynthesisStream): Promise<OpenedStream> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* parts(): AsyncGenerator<SynthesisStreamPart> {
    try {
      if (first.done) return;
      yield first.value;
      while (true) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // a client that went away: cancels the synthesis and its queued chunks
      await iterator.return?.();
    }
  }
  return { parts: parts(), result: stream.result };
}
