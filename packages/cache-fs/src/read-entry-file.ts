import type { Stats } from 'node:fs';
import { type FileHandle, lstat, open, unlink } from 'node:fs/promises';
import type { CacheEntryV1 } from '@ttskit/core/spec';
import {
  decodeEntryBody,
  ENTRY_HEADER_BYTES,
  type EntryFault,
  isEntryFault,
  parseEntryHeader,
} from './entry-format';
import { isMissingError } from './fs-errors';
import { readFully } from './read-fully';

export type EntryRead =
  | { status: 'missing' }
  | { status: 'valid'; entry: CacheEntryV1; expires: number | undefined; stats: Stats }
  | { status: 'invalid'; fault: EntryFault; stats: Stats };

/** The first read takes up to this much, so that a small entry costs one read. */
const FIRST_READ_BYTES = 64 * 1024;

/** Fills the targets from `source` in order; returns the parts still to fill. */
function fillFrom(source: Uint8Array, targets: readonly Uint8Array[]): Uint8Array[] {
  let offset = 0;
  const rest: Uint8Array[] = [];
  for (const target of targets) {
    const copied = Math.max(0, Math.min(target.byteLength, source.byteLength - offset));
    target.set(source.subarray(offset, offset + copied));
    offset += copied;
    if (copied < target.byteLength) rest.push(target.subarray(copied));
  }
  return rest;
}

async function readOpenEntry(options: {
  handle: FileHandle;
  key: string;
}): Promise<Exclude<EntryRead, { status: 'missing' }>> {
  const { handle, key } = options;
  const stats = await handle.stat();
  const firstRead = Math.max(ENTRY_HEADER_BYTES, Math.min(stats.size, FIRST_READ_BYTES));
  const head = Buffer.allocUnsafe(firstRead);
  const headBytes = await readFully({ handle, buffers: [head], position: 0 });
  const header = head.subarray(0, Math.min(headBytes, ENTRY_HEADER_BYTES));
  const parsed = parseEntryHeader({ header, fileSize: stats.size });
  if (isEntryFault(parsed)) return { status: 'invalid', fault: parsed, stats };
  const metadataBytes = Buffer.allocUnsafe(parsed.metadataLength);
  // Unpooled and not zero-filled: the audio gets an ArrayBuffer of its own.
  const audio = Buffer.allocUnsafeSlow(parsed.dataLength);
  const data = new Uint8Array(audio.buffer, audio.byteOffset, audio.byteLength);
  // The body is the metadata then the audio: copy what the first read got,
  // read the rest.
  const rest = fillFrom(head.subarray(ENTRY_HEADER_BYTES, headBytes), [
    metadataBytes,
    data,
  ]);
  const restBytes = rest.reduce((total, part) => total + part.byteLength, 0);
  const restRead = await readFully({ handle, buffers: rest, position: headBytes });
  if (restRead !== restBytes) {
    return {
      status: 'invalid',
      fault: { fault: 'corrupt', reason: 'short read' },
      stats,
    };
  }
  const entry = decodeEntryBody({ header, metadataBytes, data, key });
  if (isEntryFault(entry)) return { status: 'invalid', fault: entry, stats };
  return { status: 'valid', entry, expires: parsed.expires, stats };
}

/**
 * Reads and verifies the entry file at `path`. The audio is read into its own
 * `Uint8Array`, so the caller gets a buffer holding nothing else.
 */
export async function readEntryFile(options: {
  path: string;
  key: string;
}): Promise<EntryRead> {
  let handle: FileHandle;
  try {
    handle = await open(options.path, 'r');
  } catch (error) {
    if (isMissingError(error)) return { status: 'missing' };
    throw error;
  }
  try {
    return await readOpenEntry({ handle, key: options.key });
  } finally {
    await handle.close();
  }
}

export type RemovalOutcome = 'removed' | 'changed' | 'missing';

/**
 * Removes the file at `path` if it is still the one described by `stats`
 * (same inode, same mtime), so that a reader does not delete a fresh entry
 * another writer has just renamed into place, nor an entry just used.
 */
export async function removeIfUnchanged(options: {
  path: string;
  stats: Stats;
}): Promise<RemovalOutcome> {
  const { path, stats } = options;
  try {
    const current = await lstat(path);
    if (
      current.ino !== stats.ino ||
      current.dev !== stats.dev ||
      current.mtimeMs !== stats.mtimeMs
    ) {
      return 'changed';
    }
    await unlink(path);
    return 'removed';
  } catch (error) {
    if (isMissingError(error)) return 'missing';
    throw error;
  }
}
