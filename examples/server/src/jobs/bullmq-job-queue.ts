import { randomUUID } from 'node:crypto';
import { type Job, Queue } from 'bullmq';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import { HttpError } from '../http/http-error';
import { throttledWarning } from '../lifecycle/throttled-warning';
import { bullmqConnection } from './bullmq-connection';
import { decodeJobFailure } from './job-failure-reason';
import type {
  JobCounts,
  JobQueue,
  JobState,
  JobStatus,
  SpeechJobData,
  SpeechJobResult,
} from './job-queue';
import { readTimings } from './job-timings-store';

/** The name every speech job is added under (one kind of job per queue). */
export const speechJobName = 'speech';

export type SpeechJob = Job<SpeechJobData, SpeechJobResult>;

export type BullmqJobQueueOptions = {
  redisUrl: string;
  /** The API's Redis connection: long timings are read from it. */
  redis: Redis;
  queueName: string;
  attempts: number;
  backoffMs: number;
  /** Most jobs waiting (waiting, delayed, prioritized) before a submission answers 503. */
  maxWaiting: number;
  /** How long completed and failed jobs stay readable, in ms. */
  retentionMs: number;
  failedRetentionMs: number;
  log: FastifyBaseLogger;
};

function unavailable(error: unknown): HttpError {
  return new HttpError({
    statusCode: 503,
    type: 'unavailable_error',
    code: 'queue_unavailable',
    message: `the job queue cannot be reached; try again (${error instanceof Error ? error.message : String(error)})`,
    headers: { 'retry-after': '5' },
  });
}

const iso = (milliseconds: number | undefined) =>
  milliseconds === undefined ? undefined : new Date(milliseconds).toISOString();

function stateOf(bullmqState: string): JobState | undefined {
  if (bullmqState === 'completed' || bullmqState === 'failed' || bullmqState === 'active')
    return bullmqState;
  // delayed (waiting for its retry), prioritized, waiting-children: still waiting
  if (bullmqState === 'unknown') return undefined;
  return 'waiting';
}

/**
 * A BullMQ job as the API shows it. The state is read before the job's
 * fields: BullMQ finishes a job (fields and state) atomically, so fields
 * read after a `completed` state always hold the result. (Read the other
 * way round, a job finishing in between showed `completed` without one.)
 */
async function statusOf(
  queue: Queue<SpeechJobData, SpeechJobResult>,
  id: string,
): Promise<JobStatus | undefined> {
  const state = stateOf(await queue.getJobState(id));
  if (!state) return undefined;
  const job = (await queue.getJob(id)) as SpeechJob | undefined;
  if (!job) return undefined;
  const startedAt = iso(job.processedOn);
  const finishedAt =
    state === 'completed' || state === 'failed' ? iso(job.finishedOn) : undefined;
  const failed = state === 'failed' || (state === 'waiting' && job.attemptsMade > 0);
  return {
    id: job.id as string,
    state,
    progress:
      state === 'completed' ? 1 : typeof job.progress === 'number' ? job.progress : 0,
    owner: job.data.owner,
    createdAt: iso(job.timestamp) as string,
    ...(startedAt ? { startedAt } : {}),
    ...(finishedAt ? { finishedAt } : {}),
    attempts: job.attemptsMade,
    ...(state === 'completed' && job.returnvalue ? { result: job.returnvalue } : {}),
    // while waiting for a retry, `error` is the last attempt's
    ...(failed && job.failedReason ? { error: decodeJobFailure(job.failedReason) } : {}),
  };
}

/**
 * Jobs in Redis through BullMQ: the API process only adds and reads them;
 * worker processes (`npm run worker`, on this machine or others) run them
 * with `processSpeechJob`. Retries back off exponentially; failed jobs stay
 * in BullMQ's failed set for `failedRetentionMs`; a job id given at
 * submission (`Idempotency-Key`) is added once. While Redis is away,
 * submissions and reads answer 503 at once; the connection comes back by
 * itself.
 */
export function createBullmqJobQueue(options: BullmqJobQueueOptions): JobQueue {
  const queue = new Queue<SpeechJobData, SpeechJobResult>(options.queueName, {
    connection: bullmqConnection({ url: options.redisUrl, role: 'producer' }),
    defaultJobOptions: {
      attempts: options.attempts,
      backoff: { type: 'exponential', delay: options.backoffMs },
      removeOnComplete: { age: Math.ceil(options.retentionMs / 1000) },
      removeOnFail: { age: Math.ceil(options.failedRetentionMs / 1000) },
    },
  });
  queue.on(
    'error',
    throttledWarning({ log: options.log, message: 'job queue: redis error' }),
  );
  let closing = false;

  async function counts(): Promise<JobCounts> {
    const raw = await queue.getJobCounts(
      'wait',
      'delayed',
      'prioritized',
      'waiting-children',
      'active',
      'completed',
      'failed',
    );
    const of = (name: string) => raw[name] ?? 0;
    return {
      waiting: of('wait') + of('delayed') + of('prioritized') + of('waiting-children'),
      active: of('active'),
      completed: of('completed'),
      failed: of('failed'),
    };
  }

  return {
    kind: 'bullmq',
    async enqueue({ data, jobId }) {
      if (closing) {
        throw new HttpError({
          statusCode: 503,
          type: 'unavailable_error',
          code: 'shutting_down',
          message: 'the server is shutting down',
          headers: { 'retry-after': '5' },
        });
      }
      try {
        if (jobId !== undefined) {
          const existing = await queue.getJob(jobId);
          if (existing) return { id: jobId, created: false };
        }
        if ((await counts()).waiting >= options.maxWaiting) {
          throw new HttpError({
            statusCode: 503,
            type: 'unavailable_error',
            code: 'queue_full',
            message: 'too many jobs are waiting',
            headers: { 'retry-after': '5' },
          });
        }
        const job = await queue.add(speechJobName, data, {
          jobId: jobId ?? randomUUID(),
        });
        return { id: job.id as string, created: true };
      } catch (error) {
        throw HttpError.isInstance(error) ? error : unavailable(error);
      }
    },
    async get(id) {
      try {
        return await statusOf(queue, id);
      } catch (error) {
        throw unavailable(error);
      }
    },
    async timings(id) {
      try {
        const job = (await queue.getJob(id)) as SpeechJob | undefined;
        if (!job?.returnvalue || (await job.getState()) !== 'completed') return undefined;
        return await readTimings({
          redis: options.redis,
          queueName: options.queueName,
          id,
          result: job.returnvalue,
        });
      } catch (error) {
        throw unavailable(error);
      }
    },
    counts,
    async ready() {
      return !closing;
    },
    async close() {
      closing = true;
      await queue.close().catch(() => {});
    },
  };
}
