import type { SynthesisStreamPart } from '@ttskit/core';

/** A Buffer over the same memory: what Node streams and sockets want. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Only the audio bytes of a stream, as a byte stream for an HTTP body. */
export async function* audioBytesOf(
  parts: AsyncIterable<SynthesisStreamPart>,
): AsyncGenerator<Buffer> {
  for await (const part of parts) {
    if (part.type === 'audio' && part.data.byteLength > 0) yield asBuffer(part.data);
  }
}
