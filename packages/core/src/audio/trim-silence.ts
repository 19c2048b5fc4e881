/**
 * The range of `samples` between the first and last sample louder than
 * `threshold` (absolute s16 value), widened by `marginSamples` on each
 * side. All-quiet audio gives an empty range at 0.
 */
export function findAudibleRange(options: {
  samples: Int16Array;
  threshold?: number;
  marginSamples?: number;
}): { start: number; end: number } {
  const { samples } = options;
  const threshold = options.threshold ?? 64;
  const margin = options.marginSamples ?? 0;
  let first = 0;
  while (first < samples.length && Math.abs(samples[first] as number) <= threshold)
    first++;
  if (first === samples.length) return { start: 0, end: 0 };
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last] as number) <= threshold) last--;
  return {
    start: Math.max(0, first - margin),
    end: Math.min(samples.length, last + 1 + margin),
  };
}
