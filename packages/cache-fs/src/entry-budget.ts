import type { ResolvedFsCacheOptions } from './fs-cache-options';
import { removeIfUnchanged } from './read-entry-file';
import { type ScannedEntry, scanCacheDirectory } from './scan-cache-directory';

/**
 * Keeps the cache directory under `maxBytes`. It tracks the size of every
 * entry this process knows of; when the total goes over the budget it scans
 * the directory (picking up other processes' writes and their LRU touches)
 * and removes the least recently used entries until the total is under the
 * low-water mark. The first write scans too, to learn what is already there.
 */
export class EntryBudget {
  private readonly options: ResolvedFsCacheOptions;
  private readonly sizes = new Map<string, number>();
  private totalBytes = 0;
  private scanned = false;
  private sweeping: Promise<void> | undefined;
  /** Changes made while a scan runs, replayed over its result. */
  private changesDuringSweep: Map<string, number | undefined> | undefined;

  constructor(options: ResolvedFsCacheOptions) {
    this.options = options;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  record(options: { hash: string; size: number | undefined }): void {
    const { hash, size } = options;
    this.changesDuringSweep?.set(hash, size);
    this.totalBytes -= this.sizes.get(hash) ?? 0;
    if (size === undefined) this.sizes.delete(hash);
    else {
      this.sizes.set(hash, size);
      this.totalBytes += size;
    }
  }

  forgetAll(): void {
    this.sizes.clear();
    this.totalBytes = 0;
    this.changesDuringSweep?.clear();
  }

  /** Call after a write: scans the first time, evicts when over the budget. */
  async afterWrite(): Promise<void> {
    if (!this.scanned || this.totalBytes > this.options.maxBytes) await this.sweep();
  }

  /** One scan and eviction at a time; callers share the running one. */
  sweep(): Promise<void> {
    this.sweeping ??= this.runSweep().finally(() => {
      this.sweeping = undefined;
      this.changesDuringSweep = undefined;
    });
    return this.sweeping;
  }

  /** Resolves when no sweep is running. */
  async idle(): Promise<void> {
    await this.sweeping?.catch(() => undefined);
  }

  private async runSweep(): Promise<void> {
    this.changesDuringSweep = new Map();
    const { entries } = await scanCacheDirectory({
      directory: this.options.directory,
      staleTempFileMs: this.options.staleTempFileMs,
      now: this.options.now(),
    });
    this.scanned = true;
    const changes = this.changesDuringSweep;
    this.changesDuringSweep = undefined;
    this.forgetAll();
    for (const entry of entries)
      this.record({ hash: entry.hash, size: entry.stats.size });
    for (const [hash, size] of changes) this.record({ hash, size });
    if (this.totalBytes > this.options.maxBytes) await this.evict(entries);
  }

  private async evict(oldestFirst: readonly ScannedEntry[]): Promise<void> {
    for (const entry of oldestFirst) {
      if (this.totalBytes <= this.options.lowWaterBytes) return;
      // Skips a file rewritten or touched since the scan: it is in use.
      const outcome = await removeIfUnchanged({ path: entry.path, stats: entry.stats });
      if (outcome !== 'changed') this.record({ hash: entry.hash, size: undefined });
    }
  }
}
