import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashApiKey, parseApiKeyHash } from '../gateway/api-keys';
import { environmentSchema } from './environment-schema';
import type { ServerConfig } from './server-config';

/** The environment is invalid: the message names every variable at fault. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(`[ttskit] [example-server] ${message}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the service's configuration from environment variables (see the
 * README for the list). Raw API keys are hashed here and never kept.
 *
 * @throws ConfigError naming each invalid variable.
 */
export function loadConfig(
  environment: Record<string, string | undefined>,
): ServerConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`invalid environment: ${problems.join('; ')}`);
  }
  const env = parsed.data;
  const apiKeyHashes = [
    ...env.TTSKIT_API_KEYS.map(hashApiKey),
    ...env.TTSKIT_API_KEY_HASHES.map((hex) => {
      const hash = parseApiKeyHash(hex);
      if (!hash)
        throw new ConfigError('TTSKIT_API_KEY_HASHES: expected sha256 hex digests');
      return hash;
    }),
  ];
  const queue =
    env.JOB_QUEUE === 'auto' ? (env.REDIS_URL ? 'bullmq' : 'in-process') : env.JOB_QUEUE;
  if (queue === 'bullmq' && !env.REDIS_URL) {
    throw new ConfigError('JOB_QUEUE: bullmq needs REDIS_URL');
  }
  return {
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    apiKeyHashes,
    rateLimit: { ratePerSecond: env.RATE_LIMIT_PER_SECOND, burst: env.RATE_LIMIT_BURST },
    corsOrigins: env.CORS_ORIGINS,
    trustProxy: env.TRUST_PROXY,
    limits: {
      maxBodyBytes: env.MAX_BODY_BYTES,
      maxInputChars: env.MAX_INPUT_CHARS,
      maxJobBodyBytes: env.MAX_JOB_BODY_BYTES,
      maxJobInputChars: env.MAX_JOB_INPUT_CHARS,
      maxSsmlDepth: env.MAX_SSML_DEPTH,
      maxSsmlNodes: env.MAX_SSML_NODES,
      maxStreamTextChars: env.MAX_STREAM_TEXT_CHARS,
      streamIdleMs: env.STREAM_IDLE_SECONDS * 1000,
    },
    storage: {
      fs: {
        directory: env.CACHE_DIR ?? join(tmpdir(), 'ttskit-cache'),
        maxBytes: env.CACHE_MAX_BYTES,
      },
      redisUrl: env.REDIS_URL,
      redisMaxEntryBytes: env.REDIS_CACHE_MAX_ENTRY_BYTES,
      s3: env.S3_BUCKET
        ? {
            bucket: env.S3_BUCKET,
            prefix: env.S3_PREFIX,
            region: env.S3_REGION ?? env.AWS_REGION ?? 'us-east-1',
            endpoint: env.S3_ENDPOINT,
            forcePathStyle: env.S3_FORCE_PATH_STYLE,
            credentials:
              env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
                ? {
                    accessKeyId: env.S3_ACCESS_KEY_ID,
                    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
                  }
                : undefined,
            presignExpiresInSeconds: env.S3_PRESIGN_EXPIRES_SECONDS,
          }
        : undefined,
      cacheTtlMs: env.CACHE_TTL_SECONDS > 0 ? env.CACHE_TTL_SECONDS * 1000 : undefined,
      memoryCacheBytes: env.MEMORY_CACHE_BYTES,
    },
    synthesis: {
      engines: env.TTSKIT_ENGINES.length > 0 ? env.TTSKIT_ENGINES : ['espeak'],
      defaultFormat: env.DEFAULT_FORMAT,
      concurrency: env.SYNTHESIS_CONCURRENCY,
      chunkMax: env.SYNTHESIS_CHUNK_MAX,
      streamingChunkMax: env.STREAMING_CHUNK_MAX,
      espeakWorkers: env.ESPEAK_WORKERS,
      warmUp: env.WARM_UP,
    },
    jobs: {
      queue,
      queueName: env.JOB_QUEUE_NAME,
      attempts: env.JOB_ATTEMPTS,
      backoffMs: env.JOB_BACKOFF_MS,
      lockMs: env.JOB_LOCK_MS,
      stalledIntervalMs: env.JOB_STALLED_INTERVAL_MS,
      failedRetentionMs: env.JOB_FAILED_RETENTION_SECONDS * 1000,
      concurrency: env.JOB_CONCURRENCY,
      maxWaiting: env.JOB_MAX_WAITING,
      retentionMs: env.JOB_RETENTION_SECONDS * 1000,
    },
    worker: { port: env.WORKER_PORT },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  };
}
