import {
  type CacheEntryV1,
  type CacheSetOptionsV1,
  InvalidArgumentError,
} from '@ttskit/core/spec';
import { encodeEntry } from './entry-format';

function invalid(options: { argument: string; message: string; cause?: unknown }) {
  return new InvalidArgumentError({
    ...options,
    message: `[ttskit] [cache-fs] ${options.message}`,
  });
}

export function validateKey(key: unknown): asserts key is string {
  if (typeof key !== 'string') {
    throw invalid({
      argument: 'key',
      message: `keys must be strings, got ${typeof key}`,
    });
  }
}

function validateExpiry(setOptions: CacheSetOptionsV1 | undefined): number | undefined {
  const expires = setOptions?.expires;
  if (expires !== undefined && (typeof expires !== 'number' || Number.isNaN(expires))) {
    throw invalid({
      argument: 'expires',
      message: `expires must be ms since the epoch, got ${String(expires)}`,
    });
  }
  return expires === Number.POSITIVE_INFINITY ? undefined : expires;
}

/**
 * Checks the arguments of `set` and encodes the entry file, or returns
 * undefined when the entry has already expired.
 */
export function encodeForSet(options: {
  key: string;
  entry: CacheEntryV1;
  setOptions: CacheSetOptionsV1 | undefined;
  now: number;
}): Uint8Array[] | undefined {
  const { key, entry, now } = options;
  if (
    entry === null ||
    typeof entry !== 'object' ||
    !(entry.data instanceof Uint8Array)
  ) {
    throw invalid({ argument: 'entry.data', message: 'entry.data must be a Uint8Array' });
  }
  if (entry.metadata === null || typeof entry.metadata !== 'object') {
    throw invalid({
      argument: 'entry.metadata',
      message: 'entry.metadata must be an object',
    });
  }
  const expires = validateExpiry(options.setOptions);
  if (expires !== undefined && expires <= now) return undefined;
  try {
    return encodeEntry({ key, entry, expires, createdAt: now });
  } catch (cause) {
    throw invalid({
      argument: 'entry.metadata',
      message: 'entry.metadata must be JSON-serializable',
      cause,
    });
  }
}
