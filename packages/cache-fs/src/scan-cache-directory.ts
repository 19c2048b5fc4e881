import type { Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ENTRY_NAME_PATTERN,
  SHARD_NAME_PATTERN,
  TEMP_NAME_PATTERN,
} from './entry-location';
import { isMissingError } from './fs-errors';
import { listDirectory, removeFileIfPresent } from './missing-tolerant-fs';

export type ScannedEntry = { hash: string; path: string; stats: Stats };

export type ScanResult = {
  /** Entry files, least recently used (oldest mtime) first. */
  entries: ScannedEntry[];
  /** Temporary files of crashed writers that were removed. */
  removedTemporaryFiles: number;
};

async function statFile(path: string): Promise<Stats | undefined> {
  try {
    const stats = await lstat(path);
    return stats.isFile() ? stats : undefined;
  } catch (error) {
    if (isMissingError(error)) return undefined;
    throw error;
  }
}

async function scanShard(options: {
  shardPath: string;
  staleBefore: number;
  result: ScanResult;
}): Promise<void> {
  const names = await listDirectory(options.shardPath);
  await Promise.all(
    names.map(async (name) => {
      const isEntry = ENTRY_NAME_PATTERN.test(name);
      if (!isEntry && !TEMP_NAME_PATTERN.test(name)) return;
      const path = join(options.shardPath, name);
      const stats = await statFile(path);
      if (!stats) return;
      if (isEntry) {
        options.result.entries.push({ hash: name, path, stats });
      } else if (stats.mtimeMs < options.staleBefore) {
        if (await removeFileIfPresent(path)) options.result.removedTemporaryFiles++;
      }
    }),
  );
}

/**
 * Lists the entry files of a cache directory with their sizes and mtimes, and
 * removes temporary files older than `staleTempFileMs` (left by writers that
 * crashed). Files that vanish during the scan are skipped; files and
 * directories that do not look like ours are left alone.
 */
export async function scanCacheDirectory(options: {
  directory: string;
  staleTempFileMs: number;
  now: number;
}): Promise<ScanResult> {
  const result: ScanResult = { entries: [], removedTemporaryFiles: 0 };
  const staleBefore = options.now - options.staleTempFileMs;
  for (const shard of await listDirectory(options.directory)) {
    if (!SHARD_NAME_PATTERN.test(shard)) continue;
    await scanShard({ shardPath: join(options.directory, shard), staleBefore, result });
  }
  result.entries.sort((left, right) => left.stats.mtimeMs - right.stats.mtimeMs);
  return result;
}
