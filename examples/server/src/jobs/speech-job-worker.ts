import { UnrecoverableError, Worker } from 'bullmq';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import { throttledWarning } from '../lifecycle/throttled-warning';
import type { ServerMetrics } from '../metrics/server-metrics';
import type { AudioStore } from '../storage/audio-store';
import type { SpeechService } from '../synthesis/speech-service';
import { bullmqConnection } from './bullmq-connection';
import type { SpeechJob } from './bullmq-job-queue';
import type { ContentLock } from './content-lock';
import { encodeJobFailure } from './job-failure-reason';
import type { SpeechJobData, SpeechJobResult } from './job-queue';
import { storeLongTimings } from './job-timings-store';
import { describeJobError, processSpeechJob } from './process-speech-job';

export type SpeechJobWorker = {
  worker: Worker<SpeechJobData, SpeechJobResult>;
  /** Jobs running now in this process. */
  active(): number;
  concurrency: number;
};

/** Progress goes to Redis at most every `intervalMs`, and always at the end. */
function throttledProgress(job: SpeechJob, intervalMs: number) {
  let lastSentAt = 0;
  return (fraction: number) => {
    const now = Date.now();
    if (fraction < 1 && now - lastSentAt < intervalMs) return;
    lastSentAt = now;
    void job.updateProgress(Math.round(fraction * 1000) / 1000).catch(() => {});
  };
}

/**
 * The BullMQ worker of a worker process: runs each job with
 * `processSpeechJob` under the content lock. A failure that may pass
 * (engine 5xx, storage away) is thrown for BullMQ to retry with backoff; one
 * that cannot (bad input) fails at once (`UnrecoverableError`). Either way
 * the failed job keeps the described error as JSON. A job whose worker died
 * (SIGKILL, lost machine) is taken up by another after `lockMs`.
 */
export function createSpeechJobWorker(options: {
  redisUrl: string;
  queueName: string;
  concurrency: number;
  lockMs: number;
  stalledIntervalMs: number;
  speech: SpeechService;
  audio: AudioStore;
  lock: ContentLock;
  /** For timings too long for the job's return value (`job-timings-store.ts`). */
  redis: Redis;
  /** How long a finished job stays readable, in ms. */
  retentionMs: number;
  metrics: ServerMetrics;
  log: FastifyBaseLogger;
}): SpeechJobWorker {
  const { speech, audio, lock, metrics, log } = options;
  let active = 0;
  const worker = new Worker<SpeechJobData, SpeechJobResult>(
    options.queueName,
    async (job, _token, signal) => {
      active++;
      try {
        const result = await processSpeechJob(job.data, {
          speech,
          audio,
          lock,
          jobId: job.id as string,
          reportProgress: throttledProgress(job, 500),
          ...(signal ? { signal } : {}),
        });
        return await storeLongTimings({
          redis: options.redis,
          queueName: options.queueName,
          id: job.id as string,
          result,
          retentionMs: options.retentionMs,
        });
      } catch (error) {
        const described = describeJobError(error);
        const reason = encodeJobFailure(described);
        throw described.retryable ? new Error(reason) : new UnrecoverableError(reason);
      } finally {
        active--;
      }
    },
    {
      connection: bullmqConnection({ url: options.redisUrl, role: 'worker' }),
      autorun: false,
      concurrency: options.concurrency,
      lockDuration: options.lockMs,
      stalledInterval: options.stalledIntervalMs,
      maxStalledCount: 1,
    },
  );
  const seconds = (job: SpeechJob) =>
    ((job.finishedOn ?? Date.now()) - (job.processedOn ?? Date.now())) / 1000;
  worker.on('active', (job) => {
    log.info({ job: job.id, attempt: job.attemptsMade + 1 }, 'job started');
  });
  worker.on('completed', (job) => {
    metrics.jobsFinished.inc({ outcome: 'completed' });
    metrics.jobDuration.observe({ outcome: 'completed' }, seconds(job));
    log.info({ job: job.id, attempts: job.attemptsMade }, 'job completed');
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final =
      error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    const outcome = final ? 'failed' : 'retried';
    metrics.jobsFinished.inc({ outcome });
    metrics.jobDuration.observe({ outcome }, seconds(job));
    log.warn(
      { job: job.id, attempts: job.attemptsMade, reason: error.message },
      `job ${outcome}`,
    );
  });
  worker.on('error', throttledWarning({ log, message: 'job worker: redis error' }));
  return { worker, active: () => active, concurrency: options.concurrency };
}
