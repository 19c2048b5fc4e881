import { createHash } from 'node:crypto';
import type { CacheEntryV1 } from '@ttskit/core/spec';

const BLOCK_BYTES = 4096;

/**
 * The entry a test writer stores for `key` at `generation`: its bytes and
 * length follow from both, so a reader can check any entry it gets back. The
 * bytes repeat a 4 KiB block derived from the key and generation (cheap to
 * make, and different in every block from any other generation's).
 */
export function deterministicEntry(options: {
  key: string;
  generation: number;
  baseBytes: number;
  writer?: number;
}): CacheEntryV1 {
  const { key, generation, baseBytes } = options;
  const block = Buffer.alloc(BLOCK_BYTES);
  for (let offset = 0; offset < BLOCK_BYTES; offset += 32) {
    createHash('sha256')
      .update(`${key}\u0000${generation}\u0000${offset}`)
      .digest()
      .copy(block, offset);
  }
  const length = baseBytes + ((generation * 7919) % baseBytes);
  const data = new Uint8Array(length);
  Buffer.from(data.buffer).fill(block);
  return {
    data,
    metadata: { key, generation, writer: options.writer ?? 0, format: 'wav' },
  };
}

/** True when `entry` is exactly what `deterministicEntry` gives for its metadata. */
export function isExpectedEntry(options: {
  key: string;
  entry: CacheEntryV1;
  baseBytes: number;
}): boolean {
  const { key, entry, baseBytes } = options;
  const generation = entry.metadata.generation;
  if (typeof generation !== 'number' || entry.metadata.key !== key) return false;
  const expected = deterministicEntry({ key, generation, baseBytes });
  return Buffer.from(entry.data).equals(Buffer.from(expected.data));
}
