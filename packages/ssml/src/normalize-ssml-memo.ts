import type { ValueNormalizer } from './normalize-ssml-values';

const maxEntries = 256;
const maxValueLength = 64;

/**
 * Caches a normalizer's results: requests repeat the same few values
 * (`rate="fast"`, `time="500ms"`), and a map lookup is cheaper than parsing
 * and formatting numbers again. Bounded: short values only, and the cache
 * starts over when full.
 */
export function memoizeNormalizer(normalize: ValueNormalizer): ValueNormalizer {
  const cache = new Map<string, string>();
  return (value) => {
    if (value.length > maxValueLength) return normalize(value);
    const cached = cache.get(value);
    if (cached !== undefined) return cached;
    const normalized = normalize(value);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(value, normalized);
    return normalized;
  };
}
