import { randomUUID } from 'node:crypto';
import PQueue from 'p-queue';
import { HttpError } from '../http/http-error';
import type {
  JobCounts,
  JobQueue,
  JobStatus,
  SpeechJobData,
  SpeechJobError,
  SpeechJobResult,
} from './job-queue';
import { withoutLongTimings } from './job-queue';

/** Runs one job, reporting its progress. */
export type JobRunner = (
  data: SpeechJobData,
  controls: { id: string; reportProgress: (fraction: number) => void },
) => Promise<SpeechJobResult>;

/** How the queue reports a finished job (for metrics and logs). */
export type JobSettled = {
  id: string;
  outcome: 'completed' | 'failed';
  durationMs: number;
  error?: SpeechJobError;
};

/**
 * The embedded job queue: p-queue in this process, statuses in memory for
 * `retentionMs` after a job ends. Jobs do not survive a restart; on
 * shutdown, running jobs finish and waiting ones fail with `shutdown`.
 * The Redis-backed queue keeps both across processes.
 */
export function createInProcessJobQueue(options: {
  concurrency: number;
  maxWaiting: number;
  retentionMs: number;
  run: JobRunner;
  describeError: (error: unknown) => SpeechJobError;
  onSettled?: (settled: JobSettled) => void;
}): JobQueue {
  const queue = new PQueue({ concurrency: options.concurrency });
  const statuses = new Map<string, JobStatus>();
  const totals = { completed: 0, failed: 0 };
  let closing = false;

  function finish(status: JobStatus, update: Partial<JobStatus>, startedAt: number) {
    Object.assign(status, update, { finishedAt: new Date().toISOString() });
    const outcome = status.state === 'completed' ? 'completed' : 'failed';
    totals[outcome]++;
    options.onSettled?.({
      id: status.id,
      outcome,
      durationMs: performance.now() - startedAt,
      ...(status.error ? { error: status.error } : {}),
    });
    setTimeout(() => statuses.delete(status.id), options.retentionMs).unref();
  }

  async function execute(status: JobStatus, data: SpeechJobData) {
    const startedAt = performance.now();
    if (closing) {
      const error = {
        code: 'shutdown',
        message: 'the server shut down',
        retryable: true,
      };
      finish(status, { state: 'failed', error }, startedAt);
      return;
    }
    Object.assign(status, { state: 'active', startedAt: new Date().toISOString() });
    try {
      const result = await options.run(data, {
        id: status.id,
        reportProgress: (fraction) => {
          status.progress = Math.min(1, Math.max(status.progress, fraction));
        },
      });
      finish(status, { state: 'completed', progress: 1, result }, startedAt);
    } catch (error) {
      finish(status, { state: 'failed', error: options.describeError(error) }, startedAt);
    }
  }

  return {
    kind: 'in-process',
    async enqueue({ data, jobId }) {
      const existing = jobId === undefined ? undefined : statuses.get(jobId);
      if (existing) return { id: existing.id, created: false };
      if (closing || queue.size >= options.maxWaiting) {
        throw new HttpError({
          statusCode: 503,
          type: 'unavailable_error',
          code: closing ? 'shutting_down' : 'queue_full',
          message: closing ? 'the server is shutting down' : 'too many jobs are waiting',
          headers: { 'retry-after': '5' },
        });
      }
      const id = jobId ?? randomUUID();
      const status: JobStatus = {
        id,
        state: 'waiting',
        progress: 0,
        owner: data.owner,
        createdAt: new Date().toISOString(),
      };
      statuses.set(id, status);
      void queue.add(() => execute(status, data));
      return { id, created: true };
    },
    async get(id) {
      const status = statuses.get(id);
      if (!status) return undefined;
      const { result, ...rest } = status;
      // a long job's timings are fetched on their own (`timings`), not with every poll
      return structuredClone(
        result ? { ...rest, result: withoutLongTimings(result) } : rest,
      );
    },
    async timings(id) {
      const result = statuses.get(id)?.result;
      return result && { words: result.words ?? [], marks: result.marks ?? [] };
    },
    async counts(): Promise<JobCounts> {
      return { waiting: queue.size, active: queue.pending, ...totals };
    },
    async ready() {
      return !closing;
    },
    async close() {
      closing = true; // waiting jobs now fail with `shutdown` instead of starting
      await queue.onIdle();
    },
  };
}
