import { randomBytes } from 'node:crypto';
import type { CacheEntryV1 } from '@ttskit/core';

/** Random audio bytes and synthesizer-like metadata with `words` word timings. */
export function randomEntry(
  options: { bytes?: number; words?: number; format?: string } = {},
): CacheEntryV1 {
  const words = Array.from({ length: options.words ?? 3 }, (_, index) => ({
    text: `wörd-${index}-${randomBytes(3).toString('hex')}`,
    startMs: index * 210,
    endMs: index * 210 + 190,
    sourceStart: index * 12,
    sourceEnd: index * 12 + 10,
  }));
  return {
    data: new Uint8Array(randomBytes(options.bytes ?? 2048)),
    metadata: {
      entryVersion: 1,
      format: options.format ?? 'wav',
      sampleRate: 22_050,
      durationMs: (options.words ?? 3) * 210,
      words,
      marks: [{ name: 'm1', timeMs: 420 }],
      warnings: [],
      engine: 'mock',
      voice: 'mock-voice',
    },
  };
}

export function sameBytes(left: Uint8Array | undefined, right: Uint8Array): boolean {
  return left !== undefined && Buffer.from(left).equals(Buffer.from(right));
}
