import { createHash } from 'node:crypto';

/** Where one cache entry lives in the bucket. */
export type S3ObjectKeys = {
  /** The audio bytes, playable as is. */
  body: string;
  /** Metadata too large for S3 user metadata (written only when needed). */
  sidecar: string;
};

const SIDECAR_SUFFIX = '.json';
const HASH_PATTERN = /^[0-9a-f]{64}(?:\.json)?$/;

/**
 * Maps a cache key to object keys: `${prefix}${sha256(key)}` for the audio and
 * the same plus `.json` for a metadata sidecar. Hashing the key's UTF-8 bytes
 * makes any string (`../`, `/`, NUL, 10 kB long) a fixed 64-character name
 * that cannot leave the prefix.
 */
export function objectKeysFor(options: { prefix: string; key: string }): S3ObjectKeys {
  const hash = createHash('sha256').update(options.key, 'utf8').digest('hex');
  const body = `${options.prefix}${hash}`;
  return { body, sidecar: `${body}${SIDECAR_SUFFIX}` };
}

/** Whether an object under the prefix was written by this cache (so `clear` may delete it). */
export function isCacheObjectKey(options: {
  prefix: string;
  objectKey: string;
}): boolean {
  const { prefix, objectKey } = options;
  return (
    objectKey.startsWith(prefix) && HASH_PATTERN.test(objectKey.slice(prefix.length))
  );
}
