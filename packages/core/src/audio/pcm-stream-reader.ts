const isLittleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Reads a byte stream of signed 16-bit little-endian mono PCM (a vendor's
 * streamed audio) into samples, chunk by chunk. A chunk may end in the
 * middle of a sample: its odd byte is carried over to the next chunk. For
 * engine adapters that receive raw PCM over HTTP or a websocket.
 */
export class PcmStreamReader {
  private carry: number | undefined;

  /** The whole samples of `chunk` (with a byte carried from before); empty when none. */
  push(chunk: Uint8Array | ArrayBuffer): Int16Array {
    const bytes = chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk);
    if (bytes.length === 0) return new Int16Array(0);
    const carried = this.carry === undefined ? 0 : 1;
    const total = carried + bytes.length;
    const count = total >> 1;
    const nextCarry = total % 2 === 1 ? bytes[bytes.length - 1] : undefined;
    // an aligned, even chunk with nothing carried is read in place on little-endian hosts
    if (
      isLittleEndianHost &&
      carried === 0 &&
      nextCarry === undefined &&
      bytes.byteOffset % 2 === 0
    ) {
      this.carry = undefined;
      return new Int16Array(bytes.buffer, bytes.byteOffset, count);
    }
    const samples = new Int16Array(count);
    const target = new Uint8Array(samples.buffer);
    if (carried === 1 && count > 0) target[0] = this.carry as number;
    target.set(bytes.subarray(0, count * 2 - carried), carried);
    if (!isLittleEndianHost) {
      for (let index = 0; index < target.length; index += 2) {
        const low = target[index] as number;
        target[index] = target[index + 1] as number;
        target[index + 1] = low;
      }
    }
    this.carry = nextCarry;
    return samples;
  }

  /** Whether a byte is left over (a stream that ends here ended mid-sample). */
  get hasRemainder(): boolean {
    return this.carry !== undefined;
  }
}
