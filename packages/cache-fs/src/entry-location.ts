import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';

/** Where the entry of one key lives: `<directory>/<hash[0..2]>/<hash>`. */
export type EntryLocation = {
  /** sha256 of the key, 64 lowercase hex digits. */
  hash: string;
  /** The shard directory, named after the first two hex digits of the hash. */
  shardDirectory: string;
  /** The entry file. */
  path: string;
};

/** Names of shard directories: two lowercase hex digits. */
export const SHARD_NAME_PATTERN = /^[0-9a-f]{2}$/;
/** Names of entry files: a sha256 in lowercase hex. */
export const ENTRY_NAME_PATTERN = /^[0-9a-f]{64}$/;
/** Names of temporary files: `<hash>.<pid>.<random>.tmp`. */
export const TEMP_NAME_PATTERN = /^[0-9a-f]{64}\.\d+\.[0-9a-f]+\.tmp$/;

/**
 * Hashes the key's UTF-16 code units, which (unlike UTF-8) keeps lone
 * surrogates apart. The key itself never reaches the file system, so no key
 * can name a path outside the cache directory.
 */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf16le').digest('hex');
}

export function locateEntry(options: { directory: string; key: string }): EntryLocation {
  const hash = hashKey(options.key);
  const shardDirectory = join(options.directory, hash.slice(0, 2));
  return { hash, shardDirectory, path: join(shardDirectory, hash) };
}

/** A fresh temporary file name next to the entry, unique across processes. */
export function temporaryPathFor(location: EntryLocation): string {
  const random = randomBytes(6).toString('hex');
  return join(location.shardDirectory, `${location.hash}.${process.pid}.${random}.tmp`);
}
