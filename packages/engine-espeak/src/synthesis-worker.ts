/**
 * Worker thread entry (built to dist/synthesis-worker.js): owns one espeak-ng
 * instance and synthesizes one request at a time. Synthesis is synchronous,
 * so the pool talks to a running synthesis through shared flags that the
 * audio callback reads, not through messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { EspeakInstance, SAMPLE_RATE, VoiceError } from './espeak-instance';
import type {
  TimelineItem,
  WorkerRequest,
  WorkerResponse,
  WorkerStartData,
} from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('synthesis-worker.js must run in a worker thread');
const start = workerData as WorkerStartData;
/** [ABORT]: stop the running request. [PENDING]: a request is on its way. */
const flags = new Int32Array(start.flags);
const ABORT = 0;
const PENDING = 1;

function post(message: WorkerResponse, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer);
}

function concat(blocks: Int16Array[], total: number): Int16Array {
  if (blocks.length === 1 && blocks[0]?.length === total) return blocks[0];
  const samples = new Int16Array(total);
  let offset = 0;
  for (const block of blocks) {
    samples.set(block, offset);
    offset += block.length;
  }
  return samples;
}

function run(
  instance: EspeakInstance,
  request: Extract<WorkerRequest, { type: 'synthesize' }>,
): void {
  const { jobId, stream } = request;
  let blocks: Int16Array[] = [];
  let blockSamples = 0;
  const items: TimelineItem[] = [];
  const flushAudio = () => {
    if (blockSamples === 0) return;
    const samples = concat(blocks, blockSamples);
    post({ type: 'audio', jobId, samples }, [samples.buffer as ArrayBuffer]);
    blocks = [];
    blockSamples = 0;
  };

  let outcome = { totalSamples: 0, aborted: Atomics.load(flags, ABORT) !== 0 };
  if (!outcome.aborted) {
    outcome = instance.synthesize({
      text: request.text,
      parameters: request.parameters,
      onBlock: (samples, completed) => {
        if (samples.length > 0) {
          blocks.push(samples);
          blockSamples += samples.length;
        }
        items.push(...completed);
        if (stream) {
          if (blockSamples >= start.streamBlockSamples) flushAudio();
          if (items.length > 0) post({ type: 'timeline', jobId, items: items.splice(0) });
        }
        return Atomics.load(flags, ABORT) !== 0;
      },
    });
  }
  const durationMs = (outcome.totalSamples * 1000) / SAMPLE_RATE;
  if (stream) {
    flushAudio();
    if (items.length > 0) post({ type: 'timeline', jobId, items });
    post({ type: 'done', jobId, durationMs, aborted: outcome.aborted });
    return;
  }
  const samples = concat(blocks, blockSamples);
  post({ type: 'done', jobId, samples, items, durationMs, aborted: outcome.aborted }, [
    samples.buffer as ArrayBuffer,
  ]);
}

const WARM_UP_ROUNDS = 12;
const WARM_UP_BUDGET_MS = 1_500;
let warmUpRounds = 0;
let warmUpMs = 0;
let warmUpScheduled = false;

/**
 * The glue is JavaScript (wasm2js), so the first utterances run 10–20 times
 * slower than later ones until V8 has optimized it. Warm-up rounds run while
 * the worker is idle and stop within one audio block when the pool flags a
 * waiting request, so they never hold one up.
 */
function scheduleWarmUp(instance: EspeakInstance): void {
  if (!start.warmUp || warmUpScheduled) return;
  if (warmUpRounds >= WARM_UP_ROUNDS || warmUpMs >= WARM_UP_BUDGET_MS) return;
  warmUpScheduled = true;
  setImmediate(() => {
    warmUpScheduled = false;
    if (Atomics.load(flags, PENDING) !== 0) return;
    const startedAt = performance.now();
    instance.warmUp(() => Atomics.load(flags, PENDING) !== 0);
    warmUpRounds++;
    warmUpMs += performance.now() - startedAt;
    scheduleWarmUp(instance);
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

let instance: EspeakInstance | undefined;

port.on('message', (request: WorkerRequest) => {
  if (request.type !== 'synthesize' && request.type !== 'phonemize') return;
  Atomics.store(flags, PENDING, 0);
  if (!instance) {
    post({
      type: 'error',
      jobId: request.jobId,
      fatal: false,
      message: 'espeak is not ready',
    });
    return;
  }
  try {
    if (request.type === 'phonemize') {
      const phonemes = instance.phonemize({ texts: request.texts, voice: request.voice });
      post({ type: 'phonemes', jobId: request.jobId, phonemes });
    } else run(instance, request);
    scheduleWarmUp(instance);
  } catch (error) {
    // A WASM trap can leave the instance unusable: the pool replaces us.
    const fatal = !(error instanceof VoiceError);
    post({ type: 'error', jobId: request.jobId, fatal, message: describe(error) });
  }
});

const startedAt = performance.now();
EspeakInstance.create().then(
  (created) => {
    instance = created;
    post({ type: 'ready', initMs: performance.now() - startedAt });
    scheduleWarmUp(created);
  },
  (error: unknown) => post({ type: 'init-error', message: describe(error) }),
);
