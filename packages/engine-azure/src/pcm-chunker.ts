const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Turns the service's audio chunks (16-bit little-endian mono PCM) into
 * samples. A chunk may end in the middle of a sample: its last byte is kept
 * for the next one.
 */
export class PcmChunker {
  private carry: number | undefined;

  push(chunk: ArrayBuffer): Int16Array {
    let bytes = new Uint8Array(chunk);
    if (this.carry !== undefined) {
      const joined = new Uint8Array(bytes.length + 1);
      joined[0] = this.carry;
      joined.set(bytes, 1);
      bytes = joined;
      this.carry = undefined;
    }
    const even = bytes.length - (bytes.length % 2);
    if (even < bytes.length) this.carry = bytes[even];
    // an aligned, even chunk on a little-endian machine is read in place
    if (littleEndian && bytes.byteOffset % 2 === 0 && even === bytes.length)
      return new Int16Array(bytes.buffer, bytes.byteOffset, even / 2);
    const samples = new Int16Array(even / 2);
    const target = new Uint8Array(samples.buffer);
    target.set(bytes.subarray(0, even));
    if (!littleEndian)
      for (let index = 0; index < even; index += 2) {
        target[index] = bytes[index + 1] as number;
        target[index + 1] = bytes[index] as number;
      }
    return samples;
  }
}
