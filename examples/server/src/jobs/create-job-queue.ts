import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import type { ServerConfig } from '../config/server-config';
import type { ServerMetrics } from '../metrics/server-metrics';
import type { AudioStore } from '../storage/audio-store';
import type { SpeechService } from '../synthesis/speech-service';
import { createBullmqJobQueue } from './bullmq-job-queue';
import { createInProcessJobQueue } from './in-process-job-queue';
import type { JobQueue } from './job-queue';
import { describeJobError, processSpeechJob } from './process-speech-job';

/** What a job queue is built from; a Redis-backed factory gets the same. */
export type JobQueueDependencies = {
  config: ServerConfig;
  speech: SpeechService;
  audio: AudioStore;
  metrics: ServerMetrics;
  log: FastifyBaseLogger;
  /** The API's Redis connection, when `REDIS_URL` is set. */
  redis: Redis | undefined;
};

export type JobQueueFactory = (dependencies: JobQueueDependencies) => JobQueue;

/**
 * The queue the configuration asks for: BullMQ on Redis (`JOB_QUEUE=bullmq`,
 * or `auto` with `REDIS_URL`), whose jobs run in worker processes; else the
 * embedded default, where jobs run in this process through the same
 * `processSpeechJob`.
 */
export function createJobQueue(dependencies: JobQueueDependencies): JobQueue {
  const { config, speech, audio, metrics, log, redis } = dependencies;
  if (config.jobs.queue === 'bullmq' && config.storage.redisUrl && redis) {
    return createBullmqJobQueue({
      redisUrl: config.storage.redisUrl,
      redis,
      queueName: config.jobs.queueName,
      attempts: config.jobs.attempts,
      backoffMs: config.jobs.backoffMs,
      maxWaiting: config.jobs.maxWaiting,
      retentionMs: config.jobs.retentionMs,
      failedRetentionMs: config.jobs.failedRetentionMs,
      log,
    });
  }
  return createInProcessJobQueue({
    ...config.jobs,
    run: (data, controls) =>
      processSpeechJob(data, {
        speech,
        audio,
        jobId: controls.id,
        reportProgress: controls.reportProgress,
      }),
    describeError: describeJobError,
    onSettled: ({ id, outcome, durationMs, error }) => {
      metrics.jobsFinished.inc({ outcome });
      metrics.jobDuration.observe({ outcome }, durationMs / 1000);
      if (error) log.warn({ job: id, code: error.code }, 'job failed');
    },
  });
}
