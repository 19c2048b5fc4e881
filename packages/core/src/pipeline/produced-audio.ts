import type { CacheEntryV1 } from '../spec/v1/cache-store-v1';
import type { Warning } from '../spec/v1/warning';
import type { MarkTiming, OutputFormat } from './synthesis-request';
import type { PlainWordTiming } from './word-offsets';

/** What one synthesis produces, independent of which caller asked. */
export type ProducedAudio = {
  data: Uint8Array;
  format: OutputFormat;
  sampleRate: number;
  durationMs: number;
  words: PlainWordTiming[];
  marks: MarkTiming[];
  warnings: Warning[];
  engine: string;
  voice: string;
};

const ENTRY_VERSION = 1;

export function toCacheEntry(produced: ProducedAudio): CacheEntryV1 {
  const { data, ...rest } = produced;
  return { data, metadata: { entryVersion: ENTRY_VERSION, ...rest } };
}

/** Reads a cache entry back; anything unexpected counts as a miss. */
export function fromCacheEntry(entry: CacheEntryV1): ProducedAudio | undefined {
  const metadata = entry.metadata as Partial<Omit<ProducedAudio, 'data'>> & {
    entryVersion?: number;
  };
  if (
    metadata?.entryVersion !== ENTRY_VERSION ||
    !(entry.data instanceof Uint8Array) ||
    typeof metadata.format !== 'string' ||
    typeof metadata.sampleRate !== 'number' ||
    typeof metadata.durationMs !== 'number' ||
    typeof metadata.engine !== 'string' ||
    typeof metadata.voice !== 'string'
  ) {
    return undefined;
  }
  return {
    data: entry.data,
    format: metadata.format,
    sampleRate: metadata.sampleRate,
    durationMs: metadata.durationMs,
    words: Array.isArray(metadata.words) ? metadata.words : [],
    marks: Array.isArray(metadata.marks) ? metadata.marks : [],
    warnings: Array.isArray(metadata.warnings) ? metadata.warnings : [],
    engine: metadata.engine,
    voice: metadata.voice,
  };
}
