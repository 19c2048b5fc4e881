/**
 * Worker thread entry (built to dist/inference-worker.js): owns
 * onnxruntime sessions, loaded once per model and reused, and runs one job
 * (a batch of runs, one per sentence) at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { InferenceSession } from 'onnxruntime-node';
import type {
  InferenceFailure,
  InferenceRequest,
  WorkerResponse,
  WorkerStartData,
} from './inference-protocol';
import {
  buildFeeds,
  type ModelSignature,
  readSignature,
  SignatureError,
} from './model-signature';
import { floatsFrom, pcmFromFloat } from './pcm-from-float';

type Runtime = typeof import('onnxruntime-node');
type LoadedModel = { session: InferenceSession; signature: ModelSignature };

const port = parentPort;
if (!port) throw new Error('inference-worker.js must run in a worker thread');
const start = workerData as WorkerStartData;
const flags = new Int32Array(start.flags);
const ABORT = 0;
const models = new Map<string, Promise<LoadedModel>>();

function post(message: WorkerResponse, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer);
}

class InferenceError extends Error {
  constructor(
    readonly failure: InferenceFailure,
    message: string,
  ) {
    super(message);
  }
}

async function load(options: {
  runtime: Runtime;
  modelPath: string;
  kind: 'piper' | 'kokoro';
}): Promise<LoadedModel> {
  const { runtime, modelPath, kind } = options;
  let session: InferenceSession;
  try {
    session = await runtime.InferenceSession.create(modelPath, {
      intraOpNumThreads: start.session.intraOpNumThreads,
      interOpNumThreads: 1,
      executionProviders: start.session.executionProviders,
      graphOptimizationLevel: 'all',
      logSeverityLevel: 3,
    });
  } catch (error) {
    throw new InferenceError(
      'invalid-model',
      `onnxruntime cannot load it as an ONNX model: ${(error as Error).message}`,
    );
  }
  try {
    const signature = readSignature({
      kind,
      inputs: session.inputMetadata,
      outputs: session.outputMetadata,
    });
    return { session, signature };
  } catch (error) {
    await session.release();
    if (error instanceof SignatureError)
      throw new InferenceError('tensor-type', error.message);
    throw error;
  }
}

async function infer(runtime: Runtime, request: InferenceRequest): Promise<void> {
  const kind = request.runs[0]?.kind ?? 'piper';
  let loading = models.get(request.modelPath);
  if (!loading) {
    loading = load({ runtime, modelPath: request.modelPath, kind });
    models.set(request.modelPath, loading);
    loading.catch(() => models.delete(request.modelPath));
  }
  const { session, signature } = await loading;
  for (const [index, inputs] of request.runs.entries()) {
    if (Atomics.load(flags, ABORT) !== 0) {
      post({ type: 'done', jobId: request.jobId, aborted: true });
      return;
    }
    const feeds = buildFeeds({ signature, inputs, Tensor: runtime.Tensor });
    const startedAt = performance.now();
    let results: InferenceSession.OnnxValueMapType;
    try {
      results = await session.run(feeds);
    } catch (error) {
      throw new InferenceError(
        'runtime',
        `inference failed: ${(error as Error).message}`,
      );
    }
    const inferenceMs = performance.now() - startedAt;
    const audio = floatsFrom(results[signature.audioOutput]?.data) ?? new Float32Array(0);
    const samples = pcmFromFloat(audio);
    const durations = signature.durationOutput
      ? floatsFrom(results[signature.durationOutput]?.data)?.slice()
      : undefined;
    const transfer = [samples.buffer as ArrayBuffer];
    if (durations) transfer.push(durations.buffer as ArrayBuffer);
    post(
      {
        type: 'run',
        jobId: request.jobId,
        index,
        output: { samples, inferenceMs, ...(durations ? { durations } : {}) },
      },
      transfer,
    );
  }
  post({ type: 'done', jobId: request.jobId, aborted: false });
}

let queue = Promise.resolve();

import('onnxruntime-node').then(
  (runtime: Runtime) => {
    post({ type: 'ready' });
    port.on('message', (request: InferenceRequest) => {
      if (request.type !== 'infer') return;
      queue = queue.then(() =>
        infer(runtime, request).catch((error: unknown) => {
          const failure = error instanceof InferenceError ? error.failure : 'runtime';
          const message = error instanceof Error ? error.message : String(error);
          post({ type: 'error', jobId: request.jobId, failure, message, fatal: false });
        }),
      );
    });
  },
  (error: unknown) => {
    post({
      type: 'error',
      jobId: 0,
      failure: 'missing-runtime',
      message: `cannot load onnxruntime-node (${(error as Error).message})`,
      fatal: true,
    });
  },
);
