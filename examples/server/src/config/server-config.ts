import type { OutputFormat } from '@ttskit/core';

/** Where the shared cache tiers live. Absent parts are not configured. */
export type StorageConfig = {
  /** The local file-system cache: the durable tier when S3 is not configured. */
  fs: { directory: string; maxBytes: number };
  /** `REDIS_URL`: shared cache tier, rate limits across instances, readiness. */
  redisUrl: string | undefined;
  /** Larger audio skips the Redis tier (it stays in the durable one). */
  redisMaxEntryBytes: number;
  /** S3 (or an S3-compatible store): durable tier, audio served by presigned URL. */
  s3:
    | {
        bucket: string;
        prefix: string;
        region: string;
        endpoint: string | undefined;
        forcePathStyle: boolean;
        /** Explicit credentials (S3-compatible stores); else the AWS default chain. */
        credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
        presignExpiresInSeconds: number;
      }
    | undefined;
  /** How long stored audio lives, in ms; forever when absent. */
  cacheTtlMs: number | undefined;
  /** Budget of each engine's in-memory cache, in bytes. */
  memoryCacheBytes: number;
};

/** What an HTTP request may carry. Larger input answers 413. */
export type LimitsConfig = {
  /** JSON body of a synchronous request, in bytes. */
  maxBodyBytes: number;
  /** Text or SSML of a synchronous request, in UTF-16 units. */
  maxInputChars: number;
  /** JSON body of `POST /v1/jobs`, in bytes. */
  maxJobBodyBytes: number;
  /** Text or SSML of a job, in UTF-16 units. */
  maxJobInputChars: number;
  /** SSML nesting depth and node count (`@ttskit/ssml` limits). */
  maxSsmlDepth: number;
  maxSsmlNodes: number;
  /** Text written to one WebSocket over its life, in UTF-16 units. */
  maxStreamTextChars: number;
  /** Longest wait for the next message on a WebSocket before it is closed, in ms. */
  streamIdleMs: number;
};

/** Everything the service reads from its environment, validated. */
export type ServerConfig = {
  host: string;
  port: number;
  logLevel: string;
  /** sha256 digests of the accepted API keys; empty = authentication disabled. */
  apiKeyHashes: Buffer[];
  rateLimit: {
    /** Sustained requests per second per key; 0 disables rate limiting. */
    ratePerSecond: number;
    /** Extra requests a key may burst above the sustained rate. */
    burst: number;
  };
  /** `*`, a list of origins, or empty for same-origin only. */
  corsOrigins: string[];
  /** Trust `X-Forwarded-*` from a proxy in front (nginx, a load balancer). */
  trustProxy: boolean;
  limits: LimitsConfig;
  storage: StorageConfig;
  synthesis: {
    /** Engine ids to enable, the first is the default. */
    engines: string[];
    defaultFormat: OutputFormat;
    /** Engine calls at once per engine. */
    concurrency: number;
    /**
     * Largest chunk of long input (engine input units): longer input runs as
     * parallel chunks, each cached, so a retried job resumes. 0: the engine's limit.
     */
    chunkMax: number;
    /** Chunk size when streaming (engine input units). */
    streamingChunkMax: number;
    /** espeak worker threads. */
    espeakWorkers: number;
    /** Run one synthesis per engine at startup; /readyz waits for it. */
    warmUp: boolean;
  };
  jobs: {
    /**
     * Where jobs run: `in-process` (p-queue in the API process) or `bullmq`
     * (Redis; separate worker processes, `npm run worker`).
     */
    queue: 'in-process' | 'bullmq';
    /** BullMQ queue name (several services can share one Redis). */
    queueName: string;
    /** Attempts per job, the first included (BullMQ). */
    attempts: number;
    /** First retry delay in ms, doubled for each later attempt (BullMQ). */
    backoffMs: number;
    /** How long a worker's lock on a job lasts without renewal; a killed worker's job is retried after it (BullMQ). */
    lockMs: number;
    /** How often workers look for jobs whose worker died (BullMQ). */
    stalledIntervalMs: number;
    /** How long a failed job is kept in the failed set, in ms (BullMQ). */
    failedRetentionMs: number;
    /** Jobs synthesized at once by the in-process queue, or by each worker process. */
    concurrency: number;
    /** Jobs waiting at most; more answer 503. */
    maxWaiting: number;
    /** How long a finished job's status is kept, in ms. */
    retentionMs: number;
  };
  /** The worker process's own HTTP port: `/healthz`, `/readyz`, `/metrics`. */
  worker: { port: number };
  /** Longest wait for in-flight work on SIGTERM/SIGINT before exiting anyway. */
  shutdownTimeoutMs: number;
};
