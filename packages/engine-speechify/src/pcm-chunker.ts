/**
 * Cuts a byte stream of 16-bit little-endian PCM into sample blocks,
 * carrying an odd trailing byte over to the next chunk. (Assumes a
 * little-endian host, as every platform Node supports is.)
 */
export class PcmChunker {
  private carry: number | undefined;

  /** The whole samples in `bytes` (plus a carried byte), or `undefined` for none. */
  push(bytes: Uint8Array): Int16Array | undefined {
    if (bytes.length === 0) return undefined;
    const carried = this.carry === undefined ? 0 : 1;
    const total = carried + bytes.length;
    const count = total >> 1;
    const samples = new Int16Array(count);
    const target = new Uint8Array(samples.buffer);
    if (carried === 1 && count > 0) target[0] = this.carry as number;
    target.set(bytes.subarray(0, count * 2 - carried), carried);
    this.carry = total % 2 === 1 ? bytes[bytes.length - 1] : undefined;
    return count === 0 ? undefined : samples;
  }

  /** True when a byte is left over (the stream ended mid-sample). */
  get hasRemainder(): boolean {
    return this.carry !== undefined;
  }
}
