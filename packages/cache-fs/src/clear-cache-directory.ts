import { join } from 'node:path';
import { ENTRY_NAME_PATTERN, SHARD_NAME_PATTERN } from './entry-location';
import { listDirectory, removeFileIfPresent } from './missing-tolerant-fs';

/**
 * Removes every entry file under the cache directory. Only names the cache
 * writes are touched: foreign files, the shard directories and the temporary
 * files of writers still running stay (stale temporary files go at the next
 * sweep).
 */
export async function clearCacheDirectory(directory: string): Promise<void> {
  for (const shard of await listDirectory(directory)) {
    if (!SHARD_NAME_PATTERN.test(shard)) continue;
    const shardPath = join(directory, shard);
    const names = await listDirectory(shardPath);
    await Promise.all(
      names
        .filter((name) => ENTRY_NAME_PATTERN.test(name))
        .map((name) => removeFileIfPresent(join(shardPath, name))),
    );
  }
}
