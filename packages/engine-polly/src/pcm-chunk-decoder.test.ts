import { describe, expect, it } from 'vitest';
import { concatenateSamples, PcmChunkDecoder } from './pcm-chunk-decoder';

function bytesOf(samples: number[]): Uint8Array {
  const bytes = Buffer.alloc(samples.length * 2);
  for (const [index, sample] of samples.entries()) bytes.writeInt16LE(sample, index * 2);
  return new Uint8Array(bytes);
}

describe('PcmChunkDecoder', () => {
  it('decodes s16le across chunks that split samples, whatever the split', () => {
    const samples = [0, 1, -1, 32767, -32768, 1234, -4321];
    const bytes = bytesOf(samples);
    for (const size of [1, 2, 3, 5, 13]) {
      const decoder = new PcmChunkDecoder();
      const blocks: Int16Array[] = [];
      for (let offset = 0; offset < bytes.length; offset += size)
        blocks.push(decoder.push(bytes.subarray(offset, offset + size)));
      expect([...concatenateSamples(blocks)]).toEqual(samples);
      expect(decoder.pendingBytes).toBe(0);
    }
  });

  it('keeps a trailing odd byte pending', () => {
    const decoder = new PcmChunkDecoder();
    expect([...decoder.push(new Uint8Array([1, 0, 7]))]).toEqual([1]);
    expect(decoder.pendingBytes).toBe(1);
    expect([...decoder.push(new Uint8Array([]))]).toEqual([]);
    expect([...decoder.push(new Uint8Array([0]))]).toEqual([7]);
  });
});
