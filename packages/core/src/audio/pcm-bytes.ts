import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';

const isLittleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Writes samples as signed 16-bit little-endian bytes into `target` at
 * `offset`, with no intermediate copy (a WAV body after its header).
 */
export function writePcmBytes(options: {
  samples: Int16Array;
  target: Uint8Array;
  offset: number;
}): void {
  const { samples, target, offset } = options;
  if (isLittleEndianHost) {
    target.set(
      new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength),
      offset,
    );
    return;
  }
  const view = new DataView(
    target.buffer,
    target.byteOffset + offset,
    samples.length * 2,
  );
  for (let index = 0; index < samples.length; index += 1) {
    view.setInt16(index * 2, samples[index] as number, true);
  }
}

/**
 * Serializes samples as signed 16-bit little-endian bytes (the `pcm` format), whatever the
 * host's byte order. Always returns a new buffer.
 */
export function pcmToBytes(samples: Int16Array): Uint8Array {
  if (isLittleEndianHost) {
    return new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength).slice();
  }
  const bytes = new Uint8Array(samples.length * 2);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < samples.length; index += 1) {
    view.setInt16(index * 2, samples[index]!, true);
  }
  return bytes;
}

/**
 * Reads signed 16-bit little-endian bytes into samples. Works for views at any byte offset
 * (an `Int16Array` over an odd offset would throw, so the bytes are copied).
 *
 * @throws InvalidArgumentError when the byte count is odd.
 */
export function bytesToPcm(bytes: Uint8Array): Int16Array {
  if (bytes.length % 2 !== 0) {
    throw new InvalidArgumentError({
      message: `PCM s16le data must have an even number of bytes, got ${bytes.length}.`,
      argument: 'bytes',
    });
  }
  return readInt16LittleEndian({ bytes, offset: 0, count: bytes.length / 2 });
}

/** Reads `count` s16le samples starting at `offset` of `bytes` into a new array. */
export function readInt16LittleEndian(options: {
  bytes: Uint8Array;
  offset: number;
  count: number;
}): Int16Array {
  const { bytes, offset, count } = options;
  const samples = new Int16Array(count);
  if (isLittleEndianHost) {
    new Uint8Array(samples.buffer).set(bytes.subarray(offset, offset + count * 2));
    return samples;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, count * 2);
  for (let index = 0; index < count; index += 1) {
    samples[index] = view.getInt16(index * 2, true);
  }
  return samples;
}
