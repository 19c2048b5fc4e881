import { describe, expect, it } from 'vitest';
import { PcmChunker } from './pcm-chunker';

describe('PcmChunker', () => {
  it('reads little-endian samples and carries a split sample to the next chunk', () => {
    const chunker = new PcmChunker();
    const bytes = new Uint8Array([0x01, 0x00, 0xff, 0x7f, 0x00]);
    expect([...chunker.push(bytes.buffer)]).toEqual([1, 32_767]);
    expect([...chunker.push(new Uint8Array([0x80, 0x02]).buffer)]).toEqual([-32_768]);
    expect([...chunker.push(new Uint8Array([0x00]).buffer)]).toEqual([2]);
    expect([...chunker.push(new ArrayBuffer(0))]).toEqual([]);
  });
});
