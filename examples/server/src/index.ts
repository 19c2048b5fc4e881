export { ConfigError, loadConfig } from './config/load-config';
export type { LimitsConfig, ServerConfig, StorageConfig } from './config/server-config';
export { type CreateServerOptions, createServer } from './create-server';
export { createApiKeyVerifier, hashApiKey } from './gateway/api-keys';
export {
  type BullmqJobQueueOptions,
  createBullmqJobQueue,
} from './jobs/bullmq-job-queue';
export { type ContentLock, createContentLock } from './jobs/content-lock';
export {
  createJobQueue,
  type JobQueueDependencies,
  type JobQueueFactory,
} from './jobs/create-job-queue';
export { createInProcessJobQueue } from './jobs/in-process-job-queue';
export type {
  JobCounts,
  JobQueue,
  JobState,
  JobStatus,
  SpeechJobData,
  SpeechJobError,
  SpeechJobResult,
} from './jobs/job-queue';
export {
  AudioNotStoredError,
  describeJobError,
  processSpeechJob,
  type SpeechJobContext,
} from './jobs/process-speech-job';
export { createServerMetrics, type ServerMetrics } from './metrics/server-metrics';
export { type AudioStore, createAudioStore } from './storage/audio-store';
export { type CacheStores, createCacheStores } from './storage/cache-stores';
export { createSpeechService, type SpeechService } from './synthesis/speech-service';
export {
  type CreateWorkerAppOptions,
  createWorkerApp,
  WorkerConfigError,
} from './worker/create-worker-app';
