import { describe, expect, it } from 'vitest';
import { PcmStreamReader } from './pcm-stream-reader';

describe('PcmStreamReader', () => {
  it('reassembles samples split at any byte', () => {
    const samples = Int16Array.from([1, -2, 300, -32768, 32767, 12345, -1]);
    const bytes = new Uint8Array(samples.buffer);
    for (const size of [1, 2, 3, 5, 14]) {
      const reader = new PcmStreamReader();
      const out: number[] = [];
      for (let offset = 0; offset < bytes.length; offset += size)
        out.push(...reader.push(bytes.subarray(offset, offset + size)));
      expect(out, `chunks of ${size}`).toEqual([...samples]);
      expect(reader.hasRemainder).toBe(false);
    }
  });

  it('takes ArrayBuffers and odd offsets, carries an odd byte and ignores empty chunks', () => {
    const reader = new PcmStreamReader();
    const bytes = new Uint8Array([0x01, 0x00, 0xff, 0x7f, 0x00]);
    expect([...reader.push(bytes.buffer)]).toEqual([1, 32_767]);
    expect(reader.hasRemainder).toBe(true);
    expect([...reader.push(new ArrayBuffer(0))]).toEqual([]);
    expect([...reader.push(new Uint8Array([0x80, 0x02]).buffer)]).toEqual([-32_768]);
    expect(reader.hasRemainder).toBe(true);
    expect([...reader.push(new Uint8Array([0x00]))]).toEqual([2]);
    // a view at an odd offset cannot be an Int16Array in place: it is copied
    const odd = new Uint8Array([9, 0x34, 0x12]).subarray(1);
    expect([...new PcmStreamReader().push(odd)]).toEqual([0x1234]);
    expect(reader.hasRemainder).toBe(false);
  });
});
