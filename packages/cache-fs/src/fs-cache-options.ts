import { resolve } from 'node:path';
import { InvalidArgumentError } from '@ttskit/core/spec';

export type FsCacheOptions = {
  /** Directory that holds the cache. Created on the first write. **Required.** */
  dir: string;
  /**
   * Budget for the entry files in bytes. When a write takes the directory
   * over it, the least recently used entries are removed until it is back
   * under 90 % of it. `Infinity` turns eviction off. Default 512 MiB.
   */
  maxBytes?: number;
  /**
   * Temporary files older than this are the remains of a writer that crashed,
   * and are removed by the next scan. Default 10 minutes.
   */
  staleTempFileMs?: number;
  /**
   * Also fsync the shard directory after each rename, so that a new entry
   * survives a power loss. Entry data is always fsynced before the rename,
   * whatever this says. Default false.
   */
  syncDirectory?: boolean;
  /** Clock in milliseconds since the epoch, for tests. Default `Date.now`. */
  now?: () => number;
};

export type ResolvedFsCacheOptions = {
  directory: string;
  maxBytes: number;
  lowWaterBytes: number;
  staleTempFileMs: number;
  syncDirectory: boolean;
  now: () => number;
};

const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
const DEFAULT_STALE_TEMP_FILE_MS = 10 * 60 * 1000;
const LOW_WATER_FRACTION = 0.9;

function invalid(argument: string, message: string): InvalidArgumentError {
  return new InvalidArgumentError({
    argument,
    message: `[ttskit] [cache-fs] ${message}`,
  });
}

function positiveNumber(options: { name: string; value: unknown; fallback: number }) {
  const { name, value, fallback } = options;
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    throw invalid(name, `${name} must be a positive number, got ${String(value)}`);
  }
  return value;
}

/** Validates the options of `createFsCache` and fills in the defaults. */
export function resolveFsCacheOptions(options: FsCacheOptions): ResolvedFsCacheOptions {
  if (options === null || typeof options !== 'object') {
    throw invalid('options', 'createFsCache needs an options object with a dir');
  }
  const { dir } = options;
  if (typeof dir !== 'string' || dir.trim() === '') {
    throw invalid('dir', 'dir must be a non-empty string (the cache directory)');
  }
  if (dir.includes('\u0000')) {
    throw invalid('dir', 'dir must not contain a NUL character');
  }
  const maxBytes = positiveNumber({
    name: 'maxBytes',
    value: options.maxBytes,
    fallback: DEFAULT_MAX_BYTES,
  });
  const staleTempFileMs = positiveNumber({
    name: 'staleTempFileMs',
    value: options.staleTempFileMs,
    fallback: DEFAULT_STALE_TEMP_FILE_MS,
  });
  if (options.now !== undefined && typeof options.now !== 'function') {
    throw invalid('now', 'now must be a function returning milliseconds since the epoch');
  }
  return {
    directory: resolve(dir),
    maxBytes,
    lowWaterBytes: Math.floor(maxBytes * LOW_WATER_FRACTION),
    staleTempFileMs,
    syncDirectory: options.syncDirectory === true,
    now: options.now ?? Date.now,
  };
}
