import { Worker } from 'node:worker_threads';
import type {
  InferenceFailure,
  RunOutput,
  WorkerResponse,
  WorkerSessionOptions,
} from './inference-protocol';
import { resolveWorkerUrl, workerExecArgv } from './inference-worker-url';
import { abortError, engineError } from './onnx-engine-errors';
import { voiceError } from './onnx-voice-error';
import type { ModelInputs } from './voice-model';

export type InferencePoolSettings = {
  /** Most workers alive at once: the bound on concurrent inferences. */
  size: number;
  session: WorkerSessionOptions;
  /** Idle workers (and their sessions) are dropped after this long (`Infinity`: never). */
  idleTimeoutMs: number;
  /** Override of the worker script (tests). */
  workerUrl?: URL;
};

export type InferenceJob = {
  modelPath: string;
  runs: ModelInputs[];
  abortSignal?: AbortSignal;
  /** Called with each run's output as soon as it is ready (streaming). */
  onRun?: (index: number, output: RunOutput) => void;
};

type PendingJob = InferenceJob & {
  id: number;
  outputs: RunOutput[];
  settled: boolean;
  settle: (error: unknown) => void;
};

type PoolWorker = {
  worker: Worker;
  state: 'starting' | 'idle' | 'busy';
  flags: Int32Array;
  /** Models this worker has sessions for (or is loading). */
  models: Set<string>;
  job: PendingJob | undefined;
  idleTimer: NodeJS.Timeout | undefined;
};

/**
 * Inference workers, started on demand up to `size`. A job goes to an idle
 * worker that already has its model's session when there is one, so a
 * model is loaded once per worker at most (once, with the default single
 * worker). Idle workers are `unref()`ed and retired after `idleTimeoutMs`.
 */
export class InferencePool {
  private readonly workers = new Set<PoolWorker>();
  private readonly queue: PendingJob[] = [];
  private nextJobId = 1;

  constructor(private readonly settings: InferencePoolSettings) {}

  get workerCount(): number {
    return this.workers.size;
  }

  run(job: InferenceJob): Promise<RunOutput[]> {
    const signal = job.abortSignal;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const queued = this.queue.indexOf(pending);
        if (queued >= 0) this.queue.splice(queued, 1);
        for (const entry of this.workers)
          if (entry.job === pending) Atomics.store(entry.flags, 0, 1);
        pending.settle(abortError(signal));
      };
      const pending: PendingJob = {
        ...job,
        id: this.nextJobId++,
        outputs: [],
        settled: false,
        settle: (error) => {
          if (pending.settled) return;
          pending.settled = true;
          signal?.removeEventListener('abort', onAbort);
          if (error === undefined) resolve(pending.outputs);
          else reject(error);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(pending);
      this.schedule();
    });
  }

  /** Terminates the workers (releasing their sessions) and rejects waiting jobs. */
  async dispose(): Promise<void> {
    const error = engineError('the engine was disposed', { isRetryable: false });
    for (const job of this.queue.splice(0)) job.settle(error);
    const workers = [...this.workers];
    this.workers.clear();
    await Promise.all(
      workers.map((entry) => {
        clearTimeout(entry.idleTimer);
        entry.job?.settle(error);
        return entry.worker.terminate();
      }),
    );
  }

  private schedule(): void {
    while (this.queue.length > 0) {
      const idle = [...this.workers].filter((entry) => entry.state === 'idle');
      if (idle.length === 0) break;
      const job = this.queue.shift() as PendingJob;
      const warm = idle.find((entry) => entry.models.has(job.modelPath));
      this.dispatch(warm ?? (idle[0] as PoolWorker), job);
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
    const flags = new SharedArrayBuffer(4);
    const worker = new Worker(this.settings.workerUrl ?? resolveWorkerUrl(), {
      workerData: { flags, session: this.settings.session },
      name: 'ttskit-onnx',
      execArgv: workerExecArgv(),
    });
    const entry: PoolWorker = {
      worker,
      state: 'starting',
      flags: new Int32Array(flags),
      models: new Set(),
      job: undefined,
      idleTimer: undefined,
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
    entry.state = 'busy';
    entry.job = job;
    entry.models.add(job.modelPath);
    entry.worker.ref();
    Atomics.store(entry.flags, 0, 0);
    entry.worker.postMessage({
      type: 'infer',
      jobId: job.id,
      modelPath: job.modelPath,
      runs: job.runs,
    });
  }

  private release(entry: PoolWorker): void {
    entry.state = 'idle';
    entry.job = undefined;
    entry.worker.unref();
    if (Number.isFinite(this.settings.idleTimeoutMs)) {
      entry.idleTimer = setTimeout(() => {
        if (entry.state !== 'idle' || !this.workers.delete(entry)) return;
        void entry.worker.terminate();
      }, this.settings.idleTimeoutMs);
      entry.idleTimer.unref();
    }
    this.schedule();
  }

  private onMessage(entry: PoolWorker, message: WorkerResponse): void {
    if (message.type === 'ready') {
      this.release(entry);
      return;
    }
    if (message.type === 'error' && message.fatal) {
      this.workers.delete(entry);
      void entry.worker.terminate();
      const error = failureError({
        failure: message.failure,
        message: message.message,
        modelPath: '',
      });
      entry.job?.settle(error);
      for (const job of this.queue.splice(0)) job.settle(error);
      return;
    }
    const job = entry.job;
    if (!job || job.id !== message.jobId) return;
    if (message.type === 'run') {
      job.outputs[message.index] = message.output;
      if (!job.settled) job.onRun?.(message.index, message.output);
      return;
    }
    if (message.type === 'error') {
      entry.models.delete(job.modelPath);
      job.settle(failureError({ ...message, modelPath: job.modelPath }));
    } else job.settle(message.aborted ? abortError(job.abortSignal) : undefined);
    this.release(entry);
  }

  private onCrash(entry: PoolWorker, cause: Error): void {
    if (!this.workers.delete(entry)) return;
    clearTimeout(entry.idleTimer);
    const error = engineError(`the inference worker crashed: ${cause.message}`, {
      isRetryable: true,
      cause,
    });
    entry.job?.settle(error);
    if (entry.state === 'starting' && this.workers.size === 0) {
      for (const job of this.queue.splice(0)) job.settle(error);
    }
    this.schedule();
  }
}

function failureError(options: {
  failure: InferenceFailure;
  message: string;
  modelPath: string;
}) {
  const { failure, message, modelPath } = options;
  if (failure === 'invalid-model' || failure === 'tensor-type') {
    return voiceError({ file: modelPath, reason: failure, detail: message });
  }
  if (failure === 'missing-runtime') {
    return engineError(
      `${message}. Install it next to @ttskit/engine-onnx: npm i onnxruntime-node (offline: ONNXRUNTIME_NODE_INSTALL=skip npm i onnxruntime-node)`,
      { isRetryable: false },
    );
  }
  return engineError(`${modelPath}: ${message}`, { isRetryable: false });
}
