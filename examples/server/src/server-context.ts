import type { Redis } from 'ioredis';
import type { ServerConfig } from './config/server-config';
import type { JobQueue } from './jobs/job-queue';
import type { Lifecycle } from './lifecycle/lifecycle';
import type { ServerMetrics } from './metrics/server-metrics';
import type { AudioStore } from './storage/audio-store';
import type { SpeechService } from './synthesis/speech-service';
import type { StreamMaterializer } from './synthesis/stream-materializer';

/** What routes are built from: one per server, created by `createServer`. */
export type ServerContext = {
  config: ServerConfig;
  speech: SpeechService;
  audio: AudioStore;
  jobs: JobQueue;
  metrics: ServerMetrics;
  materializer: StreamMaterializer;
  lifecycle: Lifecycle;
  redis: Redis | undefined;
};
