import type { ChunkLimit } from './chunk-limits';

/**
 * Spoken characters the next chunk can probably hold: each limit's `max`
 * scaled by the spoken characters per unit of a measured range.
 */
export function estimateCapacity(options: {
  sizes: readonly number[];
  spoken: number;
  limits: readonly ChunkLimit[];
  bound: number;
}): number {
  const { sizes, spoken, limits } = options;
  let capacity = options.bound;
  limits.forEach((limit, index) => {
    const size = sizes[index] as number;
    if (size > 0 && spoken > 0)
      capacity = Math.min(capacity, (limit.max * spoken) / size);
  });
  return Math.floor(capacity);
}

/**
 * The source's size in each limit's unit, standing for the serialized
 * document's before anything is measured (0, unknown, for billed characters).
 */
export function sourceSizes(source: string, limits: readonly ChunkLimit[]): number[] {
  return limits.map((limit) => {
    if (limit.unit === 'utf8-bytes') return Buffer.byteLength(source, 'utf8');
    return limit.unit === 'utf16' ? source.length : 0;
  });
}
