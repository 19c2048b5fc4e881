import { Worker } from 'node:worker_threads';
import { abortError, engineError } from './espeak-errors';
import { resolveWorkerUrl, workerExecArgv } from './synthesis-worker-url';
import type {
  SynthesisParameters,
  TimelineItem,
  WorkerRequest,
  WorkerResponse,
  WorkerStartData,
} from './worker-protocol';

export type WorkerPoolSettings = {
  /** Most workers alive at once. */
  size: number;
  warmUp: boolean;
  /** Idle workers are terminated after this long (`Infinity`: never). */
  idleTimeoutMs: number;
  /** Override of the worker script (tests). */
  workerUrl?: URL;
  /** Streamed audio blocks, in samples. Default 4410 (200 ms). */
  streamBlockSamples?: number;
};

export type SynthesisJob = {
  text: string;
  parameters: SynthesisParameters;
  abortSignal?: AbortSignal;
  /** Streaming: called with each block of audio and each batch of items. */
  onAudio?: (samples: Int16Array) => void;
  onTimeline?: (items: TimelineItem[]) => void;
};

export type SynthesisJobResult = {
  /** The whole audio (empty when streamed). */
  samples: Int16Array;
  items: TimelineItem[];
  durationMs: number;
};

export type PhonemizeJob = {
  texts: readonly string[];
  /** espeak voice identifier (`gmw/en-US`). */
  voice: string;
  abortSignal?: AbortSignal;
};

/** What a worker is asked to do, and what the job resolves to. */
type JobWork =
  | { type: 'synthesize'; job: SynthesisJob }
  | { type: 'phonemize'; job: PhonemizeJob };

type PendingJob = {
  id: number;
  work: JobWork;
  abortSignal: AbortSignal | undefined;
  resolve: (result: SynthesisJobResult | string[][]) => void;
  reject: (error: unknown) => void;
  settled: boolean;
  cleanup: () => void;
};

type PoolWorker = {
  worker: Worker;
  state: 'starting' | 'idle' | 'busy';
  /** Shared with the worker: [0] abort the running request, [1] a request is on its way. */
  flags: Int32Array;
  job: PendingJob | undefined;
  idleTimer: NodeJS.Timeout | undefined;
  initMs: number | undefined;
};

/**
 * A lazily grown pool of synthesis workers, each with its own espeak instance.
 * Workers start on demand (one per waiting job, up to `size`), are `unref()`ed
 * while idle so they never keep the process alive, and are terminated after
 * `idleTimeoutMs` without work. A worker that dies is dropped and its job
 * fails with a retryable `EngineCallError`; the next job starts a new one.
 */
export class EspeakWorkerPool {
  private readonly workers = new Set<PoolWorker>();
  private readonly queue: PendingJob[] = [];
  private nextJobId = 1;

  constructor(private readonly settings: WorkerPoolSettings) {}

  /** Workers alive (starting, idle or busy). */
  get workerCount(): number {
    return this.workers.size;
  }

  /** Internal view for tests. */
  get workersForTesting(): ReadonlyArray<{
    worker: Worker;
    state: string;
    initMs?: number;
  }> {
    return [...this.workers].map((entry) => ({
      worker: entry.worker,
      state: entry.state,
      ...(entry.initMs === undefined ? {} : { initMs: entry.initMs }),
    }));
  }

  run(job: SynthesisJob): Promise<SynthesisJobResult> {
    return this.enqueue({ type: 'synthesize', job }) as Promise<SynthesisJobResult>;
  }

  /** espeak-ng IPA of each text, clause by clause, on a pool worker. */
  phonemize(job: PhonemizeJob): Promise<string[][]> {
    return this.enqueue({ type: 'phonemize', job }) as Promise<string[][]>;
  }

  private enqueue(work: JobWork): Promise<SynthesisJobResult | string[][]> {
    const signal = work.job.abortSignal;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      const pending: PendingJob = {
        work,
        abortSignal: signal,
        id: this.nextJobId++,
        settled: false,
        cleanup: () => {},
        resolve: (result) => {
          if (pending.settled) return;
          pending.settled = true;
          pending.cleanup();
          resolve(result);
        },
        reject: (error) => {
          if (pending.settled) return;
          pending.settled = true;
          pending.cleanup();
          reject(error);
        },
      };
      if (signal) {
        const onAbort = () => this.abort(pending);
        signal.addEventListener('abort', onAbort, { once: true });
        pending.cleanup = () => signal.removeEventListener('abort', onAbort);
      }
      this.queue.push(pending);
      this.schedule();
    });
  }

  /** Terminates every worker and rejects waiting jobs. The pool can be used again. */
  async dispose(): Promise<void> {
    const error = engineError('the engine was disposed', { isRetryable: false });
    for (const job of this.queue.splice(0)) job.reject(error);
    const workers = [...this.workers];
    this.workers.clear();
    await Promise.all(
      workers.map((entry) => {
        clearTimeout(entry.idleTimer);
        entry.job?.reject(error);
        return entry.worker.terminate();
      }),
    );
  }

  private abort(job: PendingJob): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    for (const entry of this.workers) {
      // The worker notices on its next audio block and reports `done`.
      if (entry.job === job) Atomics.store(entry.flags, 0, 1);
    }
    job.reject(abortError(job.abortSignal));
  }

  private schedule(): void {
    while (this.queue.length > 0) {
      const idle = [...this.workers].find((entry) => entry.state === 'idle');
      if (!idle) break;
      this.dispatch(idle, this.queue.shift() as PendingJob);
    }
    const starting = [...this.workers].filter(
      (entry) => entry.state === 'starting',
    ).length;
    let missing = Math.min(
      this.queue.length - starting,
      this.settings.size - this.workers.size,
    );
    while (missing-- > 0) this.spawn();
  }

  private spawn(): void {
    const startData: WorkerStartData = {
      flags: new SharedArrayBuffer(8),
      warmUp: this.settings.warmUp,
      streamBlockSamples: this.settings.streamBlockSamples ?? 4410,
    };
    const worker = new Worker(this.settings.workerUrl ?? resolveWorkerUrl(), {
      workerData: startData,
      name: 'ttskit-espeak',
      execArgv: workerExecArgv(),
    });
    const entry: PoolWorker = {
      worker,
      state: 'starting',
      flags: new Int32Array(startData.flags),
      job: undefined,
      idleTimer: undefined,
      initMs: undefined,
    };
    this.workers.add(entry);
    worker.on('message', (message: WorkerResponse) => this.onMessage(entry, message));
    worker.on('error', (error) => this.onCrash(entry, error));
    worker.on('exit', (code) =>
      this.onCrash(entry, new Error(`the worker exited with code ${code}`)),
    );
  }

  private dispatch(entry: PoolWorker, job: PendingJob): void {
    clearTimeout(entry.idleTimer);
    entry.idleTimer = undefined;
    entry.state = 'busy';
    entry.job = job;
    entry.worker.ref();
    Atomics.store(entry.flags, 0, 0);
    Atomics.store(entry.flags, 1, 1);
    const { work } = job;
    const request: WorkerRequest =
      work.type === 'phonemize'
        ? {
            type: 'phonemize',
            jobId: job.id,
            texts: work.job.texts,
            voice: work.job.voice,
          }
        : {
            type: 'synthesize',
            jobId: job.id,
            text: work.job.text,
            parameters: work.job.parameters,
            stream: work.job.onAudio !== undefined,
          };
    entry.worker.postMessage(request);
  }

  private release(entry: PoolWorker): void {
    entry.state = 'idle';
    entry.job = undefined;
    entry.worker.unref();
    if (Number.isFinite(this.settings.idleTimeoutMs)) {
      entry.idleTimer = setTimeout(() => this.retire(entry), this.settings.idleTimeoutMs);
      entry.idleTimer.unref();
    }
    this.schedule();
  }

  private retire(entry: PoolWorker): void {
    if (entry.state !== 'idle' || !this.workers.delete(entry)) return;
    void entry.worker.terminate();
  }

  private onMessage(entry: PoolWorker, message: WorkerResponse): void {
    if (message.type === 'ready') {
      entry.initMs = message.initMs;
      this.release(entry);
      return;
    }
    if (message.type === 'init-error') {
      this.workers.delete(entry);
      void entry.worker.terminate();
      const error = engineError(`espeak failed to start: ${message.message}`, {
        isRetryable: false,
      });
      for (const job of this.queue.splice(0)) job.reject(error);
      return;
    }
    const job = entry.job;
    if (!job || job.id !== message.jobId) return;
    const synthesis = job.work.type === 'synthesize' ? job.work.job : undefined;
    switch (message.type) {
      case 'audio':
        if (!job.settled) synthesis?.onAudio?.(message.samples);
        return;
      case 'timeline':
        if (!job.settled) synthesis?.onTimeline?.(message.items);
        return;
      case 'phonemes':
        job.resolve(message.phonemes);
        this.release(entry);
        return;
      case 'done':
        if (message.aborted) job.reject(abortError(job.abortSignal));
        else {
          job.resolve({
            samples: message.samples ?? new Int16Array(0),
            items: message.items ?? [],
            durationMs: message.durationMs,
          });
        }
        this.release(entry);
        return;
      case 'error':
        job.reject(
          engineError(
            `${job.work.type === 'phonemize' ? 'phonemizing' : 'synthesis'} failed: ${message.message}`,
            {
              isRetryable: message.fatal,
            },
          ),
        );
        if (message.fatal) {
          this.workers.delete(entry);
          void entry.worker.terminate();
          this.schedule();
        } else {
          this.release(entry);
        }
        return;
    }
  }

  private onCrash(entry: PoolWorker, cause: Error): void {
    if (!this.workers.delete(entry)) return;
    clearTimeout(entry.idleTimer);
    const error = engineError(`the synthesis worker crashed: ${cause.message}`, {
      isRetryable: true,
      cause,
    });
    entry.job?.reject(error);
    if (entry.state === 'starting' && this.workers.size === 0) {
      // It died before it was ready: do not loop on spawning.
      for (const job of this.queue.splice(0)) job.reject(error);
    }
    this.schedule();
  }
}
