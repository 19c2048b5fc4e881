import { PcmStreamReader } from '@ttskit/core';
import { describe, expect, it } from 'vitest';
import { toEngineAudio } from './polly-engine-audio';

function bytesOf(samples: number[]): Uint8Array {
  const bytes = Buffer.alloc(samples.length * 2);
  for (const [index, sample] of samples.entries()) bytes.writeInt16LE(sample, index * 2);
  return new Uint8Array(bytes);
}

/** Polly's PCM body is read with core's PcmStreamReader; these are its cases. */
describe('Polly PCM through PcmStreamReader', () => {
  it('decodes s16le across chunks that split samples, whatever the split', () => {
    const samples = [0, 1, -1, 32767, -32768, 1234, -4321];
    const bytes = bytesOf(samples);
    for (const size of [1, 2, 3, 5, 13]) {
      const decoder = new PcmStreamReader();
      const blocks: Int16Array[] = [];
      for (let offset = 0; offset < bytes.length; offset += size)
        blocks.push(decoder.push(bytes.subarray(offset, offset + size)));
      expect(blocks.flatMap((block) => [...block])).toEqual(samples);
      expect(decoder.hasRemainder).toBe(false);
    }
  });

  it('keeps a trailing odd byte pending', () => {
    const decoder = new PcmStreamReader();
    expect([...decoder.push(new Uint8Array([1, 0, 7]))]).toEqual([1]);
    expect(decoder.hasRemainder).toBe(true);
    expect([...decoder.push(new Uint8Array([]))]).toEqual([]);
    expect([...decoder.push(new Uint8Array([0]))]).toEqual([7]);
  });

  it('reads a whole body split anywhere as one array of samples', () => {
    const samples = [3, -3, 300, -300, 32767];
    const bytes = bytesOf(samples);
    const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 7), bytes.subarray(7)];
    const { audio, durationMs } = toEngineAudio({
      chunks,
      output: { outputFormat: 'pcm', sampleRate: 16_000 } as never,
    });
    expect(audio.type === 'pcm' && [...audio.samples]).toEqual(samples);
    expect(durationMs).toBeCloseTo((5 * 1000) / 16_000);
  });
});
