import { utimes } from 'node:fs/promises';

/** Most one touch per entry per this interval, so hot entries cost no extra writes. */
const TOUCH_INTERVAL_MS = 1_000;

/**
 * Marks entries as used by setting their mtime, the LRU clock that eviction
 * sorts by (atime is left alone: `noatime` mounts and other readers make it
 * unreliable). Touches run in the background and are best effort: a missing
 * or read-only file stays as it is.
 */
export class EntryToucher {
  private readonly now: () => number;
  private readonly pending = new Set<Promise<void>>();

  constructor(now: () => number) {
    this.now = now;
  }

  touch(options: { path: string; modifiedAtMs: number }): void {
    const usedAtMs = this.now();
    if (usedAtMs - options.modifiedAtMs < TOUCH_INTERVAL_MS) return;
    const usedAt = new Date(usedAtMs);
    const touching = utimes(options.path, usedAt, usedAt)
      .catch(() => undefined)
      .finally(() => this.pending.delete(touching));
    this.pending.add(touching);
  }

  /** Resolves when every touch started so far has finished. */
  async settle(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}
