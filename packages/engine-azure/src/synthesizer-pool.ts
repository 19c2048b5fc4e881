import type { AzureOutputFormat } from './output-formats';
import type { PooledSynthesizer } from './pooled-synthesizer';

/** Idle synthesizers kept per output format. */
const MAX_IDLE_PER_FORMAT = 8;

type Idle = {
  synthesizer: PooledSynthesizer;
  timer: ReturnType<typeof setTimeout> | undefined;
};

/**
 * Synthesizers (each one websocket) handed to one call at a time and kept
 * open between calls, so a warm connection skips the TLS and upgrade
 * round trips. The SDK fixes the output format per synthesizer, so they are
 * pooled per format; the voice travels in the SSML, so voices share them.
 * A synthesizer whose call failed, timed out or was aborted is closed, never
 * reused. Concurrent calls each get their own.
 */
export class SynthesizerPool {
  private readonly idle = new Map<string, Idle[]>();
  private readonly leased = new Set<PooledSynthesizer>();
  /** Leases from before `dispose()` are closed when they come back. */
  private generation = 0;
  private readonly leaseGeneration = new WeakMap<PooledSynthesizer, number>();

  constructor(
    private readonly options: {
      create: (outputFormat: AzureOutputFormat) => Promise<PooledSynthesizer>;
      idleTimeoutMs: number;
    },
  ) {}

  async acquire(outputFormat: AzureOutputFormat): Promise<PooledSynthesizer> {
    const list = this.idle.get(outputFormat.sdkName);
    let entry = list?.pop();
    while (entry?.synthesizer.isClosed) entry = list?.pop();
    let synthesizer: PooledSynthesizer;
    if (entry) {
      clearTimeout(entry.timer);
      synthesizer = entry.synthesizer;
      void synthesizer.holdProcess(true);
    } else {
      synthesizer = await this.options.create(outputFormat);
    }
    this.leased.add(synthesizer);
    this.leaseGeneration.set(synthesizer, this.generation);
    return synthesizer;
  }

  /** Returns a synthesizer: kept when `reusable` and there is room, else closed. */
  release(
    synthesizer: PooledSynthesizer,
    options: { outputFormat: AzureOutputFormat; reusable: boolean },
  ): void {
    this.leased.delete(synthesizer);
    const list = this.idle.get(options.outputFormat.sdkName) ?? [];
    const keep =
      options.reusable &&
      !synthesizer.isClosed &&
      this.leaseGeneration.get(synthesizer) === this.generation &&
      this.options.idleTimeoutMs > 0 &&
      list.length < MAX_IDLE_PER_FORMAT;
    if (!keep) {
      synthesizer.close();
      return;
    }
    const entry: Idle = { synthesizer, timer: undefined };
    if (Number.isFinite(this.options.idleTimeoutMs)) {
      entry.timer = setTimeout(() => {
        synthesizer.close();
        const current = this.idle.get(options.outputFormat.sdkName);
        const index = current?.indexOf(entry) ?? -1;
        if (index >= 0) current?.splice(index, 1);
      }, this.options.idleTimeoutMs);
      entry.timer.unref?.();
    }
    list.push(entry);
    this.idle.set(options.outputFormat.sdkName, list);
    void synthesizer.holdProcess(false);
  }

  /** Closes idle connections now and busy ones when their call ends. */
  dispose(): void {
    this.generation++;
    for (const list of this.idle.values())
      for (const entry of list) {
        clearTimeout(entry.timer);
        entry.synthesizer.close();
      }
    this.idle.clear();
  }

  /** Open connections: idle and in use (for tests and diagnostics). */
  get size(): { idle: number; leased: number } {
    let idle = 0;
    for (const list of this.idle.values()) idle += list.length;
    return { idle, leased: this.leased.size };
  }
}
