/**
 * Messages between the inference pool (main thread) and
 * `inference-worker.ts`. Plain data; audio travels as transferred buffers.
 */
import type { ModelInputs } from './voice-model';

/** Session options that cross the thread boundary (plain data). */
export type WorkerSessionOptions = {
  intraOpNumThreads: number;
  executionProviders: string[];
};

export type InferenceRequest = {
  type: 'infer';
  jobId: number;
  modelPath: string;
  /** Each input becomes one `session.run`, in order. */
  runs: ModelInputs[];
};

export type RunOutput = {
  /** 16-bit PCM of the run. */
  samples: Int16Array;
  /** Per-id durations (any unit), when the model outputs them. */
  durations?: Float32Array;
  /** `session.run` time, for benchmarks. */
  inferenceMs: number;
};

export type InferenceFailure =
  | 'invalid-model'
  | 'tensor-type'
  | 'missing-runtime'
  | 'runtime';

export type WorkerResponse =
  | { type: 'ready' }
  | { type: 'run'; jobId: number; index: number; output: RunOutput }
  | { type: 'done'; jobId: number; aborted: boolean }
  | {
      type: 'error';
      jobId: number;
      failure: InferenceFailure;
      message: string;
      /** The worker is unusable (the pool replaces it). */
      fatal: boolean;
    };

export type WorkerStartData = {
  /** One Int32 flag: the pool stores 1 to stop the running job between runs. */
  flags: SharedArrayBuffer;
  session: WorkerSessionOptions;
};
