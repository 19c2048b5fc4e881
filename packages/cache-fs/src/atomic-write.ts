import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { type EntryLocation, temporaryPathFor } from './entry-location';
import { isMissingError } from './fs-errors';

async function writeAll(handle: FileHandle, parts: readonly Uint8Array[]): Promise<void> {
  let pending = parts.filter((part) => part.byteLength > 0);
  while (pending.length > 0) {
    let { bytesWritten } = await handle.writev(pending);
    const rest: Uint8Array[] = [];
    for (const part of pending) {
      if (bytesWritten >= part.byteLength) bytesWritten -= part.byteLength;
      else {
        rest.push(part.subarray(bytesWritten));
        bytesWritten = 0;
      }
    }
    pending = rest;
  }
}

async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeTemporaryFile(options: {
  path: string;
  parts: readonly Uint8Array[];
  modifiedAt: Date;
}): Promise<void> {
  const handle = await open(options.path, 'wx', 0o644);
  try {
    await writeAll(handle, options.parts);
    await handle.utimes(options.modifiedAt, options.modifiedAt);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(options.path).catch(() => undefined);
    throw error;
  }
  await handle.close();
}

/**
 * Writes an entry file so that readers see either the previous file or the
 * whole new one: the bytes go to a temporary file in the same directory
 * (`<hash>.<pid>.<random>.tmp`), which is fsynced, then renamed over the
 * entry. `modifiedAt` becomes the file's mtime, the LRU clock.
 */
export async function writeEntryAtomically(options: {
  location: EntryLocation;
  parts: readonly Uint8Array[];
  modifiedAt: Date;
  syncDirectory: boolean;
}): Promise<void> {
  const { location } = options;
  const temporaryPath = temporaryPathFor(location);
  try {
    await writeTemporaryFile({ ...options, path: temporaryPath });
  } catch (error) {
    if (!isMissingError(error)) throw error;
    // The shard directory does not exist yet (or was removed under us).
    await mkdir(location.shardDirectory, { recursive: true });
    await writeTemporaryFile({ ...options, path: temporaryPath });
  }
  try {
    await rename(temporaryPath, location.path);
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  if (options.syncDirectory) await syncDirectory(location.shardDirectory);
}
