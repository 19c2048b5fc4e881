import { describe, expect, it } from 'vitest';
import { PcmChunker } from './pcm-chunker';

describe('PcmChunker', () => {
  it('reassembles samples split at any byte', () => {
    const samples = Int16Array.from([1, -2, 300, -32768, 32767, 12345, -1]);
    const bytes = new Uint8Array(samples.buffer);
    for (const size of [1, 2, 3, 5, 14]) {
      const chunker = new PcmChunker();
      const out: number[] = [];
      for (let offset = 0; offset < bytes.length; offset += size)
        out.push(...(chunker.push(bytes.subarray(offset, offset + size)) ?? []));
      expect(out, `chunks of ${size}`).toEqual([...samples]);
      expect(chunker.hasRemainder).toBe(false);
    }
  });

  it('keeps an odd byte for the next chunk and ignores empty ones', () => {
    const chunker = new PcmChunker();
    expect(chunker.push(new Uint8Array([0x01]))).toBeUndefined();
    expect(chunker.push(new Uint8Array([]))).toBeUndefined();
    expect(chunker.hasRemainder).toBe(true);
    expect([...(chunker.push(new Uint8Array([0x02])) ?? [])]).toEqual([0x0201]);
  });
});
