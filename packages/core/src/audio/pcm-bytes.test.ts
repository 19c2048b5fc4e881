import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { bytesToPcm, pcmToBytes } from './pcm-bytes';

describe('pcmToBytes / bytesToPcm', () => {
  const samples = Int16Array.from([0, 1, -1, 0x1234, -32_768, 32_767]);

  it('writes s16le regardless of host byte order', () => {
    const bytes = pcmToBytes(samples);
    const view = new DataView(bytes.buffer);
    expect(bytes.length).toBe(12);
    samples.forEach((value, index) => {
      expect(view.getInt16(index * 2, true)).toBe(value);
    });
    expect([...bytes.subarray(6, 8)]).toEqual([0x34, 0x12]);
  });

  it('copies, so later changes to the samples do not leak into the bytes', () => {
    const source = Int16Array.from([5]);
    const bytes = pcmToBytes(source);
    source[0] = 6;
    expect(bytes[0]).toBe(5);
  });

  it('serializes a subarray view, not its whole buffer', () => {
    expect([...pcmToBytes(samples.subarray(3, 4))]).toEqual([0x34, 0x12]);
  });

  it('reads back bytes at an odd byte offset', () => {
    const bytes = pcmToBytes(samples);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(bytesToPcm(shifted.subarray(1))).toEqual(samples);
  });

  it('rejects an odd byte count', () => {
    expect(() => bytesToPcm(new Uint8Array(3))).toThrow(InvalidArgumentError);
    expect(() => bytesToPcm(new Uint8Array(3))).toThrow(/even number of bytes, got 3/);
  });
});
