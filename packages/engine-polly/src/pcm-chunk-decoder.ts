const isLittleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Turns Polly's PCM byte stream (signed 16-bit little-endian mono) into
 * samples chunk by chunk. A chunk may end in the middle of a sample: its odd
 * byte is kept for the next one.
 */
export class PcmChunkDecoder {
  private carry: number | undefined;
  /** Bytes that could not form a whole sample at the end (0 or 1). */
  get pendingBytes(): number {
    return this.carry === undefined ? 0 : 1;
  }

  push(chunk: Uint8Array): Int16Array {
    const total = chunk.byteLength + (this.carry === undefined ? 0 : 1);
    const sampleCount = Math.floor(total / 2);
    const bytes = new Uint8Array(sampleCount * 2);
    let read = 0;
    if (this.carry !== undefined && sampleCount > 0) {
      bytes[0] = this.carry;
      bytes.set(chunk.subarray(0, sampleCount * 2 - 1), 1);
      read = sampleCount * 2 - 1;
    } else if (sampleCount > 0) {
      bytes.set(chunk.subarray(0, sampleCount * 2));
      read = sampleCount * 2;
    }
    if (total % 2 === 1) {
      this.carry = read < chunk.byteLength ? chunk[chunk.byteLength - 1] : this.carry;
    } else {
      this.carry = undefined;
    }
    return toSamples(bytes);
  }
}

function toSamples(bytes: Uint8Array): Int16Array {
  if (isLittleEndianHost) return new Int16Array(bytes.buffer, 0, bytes.byteLength / 2);
  const view = new DataView(bytes.buffer);
  const samples = new Int16Array(bytes.byteLength / 2);
  for (let index = 0; index < samples.length; index++)
    samples[index] = view.getInt16(index * 2, true);
  return samples;
}

/** Joins sample blocks into one array. */
export function concatenateSamples(blocks: readonly Int16Array[]): Int16Array {
  let length = 0;
  for (const block of blocks) length += block.length;
  const samples = new Int16Array(length);
  let offset = 0;
  for (const block of blocks) {
    samples.set(block, offset);
    offset += block.length;
  }
  return samples;
}
