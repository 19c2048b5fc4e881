import { z } from 'zod';

const integer = (options: { min: number; max: number; fallback: number }) =>
  z.coerce.number().int().min(options.min).max(options.max).default(options.fallback);

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1' || value === 'yes');

const list = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value));

const MiB = 1024 * 1024;

/** The environment variables the service reads, with their defaults and bounds. */
export const environmentSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: integer({ min: 0, max: 65_535, fallback: 8080 }),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  TTSKIT_API_KEYS: list,
  TTSKIT_API_KEY_HASHES: list,
  RATE_LIMIT_PER_SECOND: z.coerce.number().min(0).max(1_000_000).default(10),
  RATE_LIMIT_BURST: integer({ min: 0, max: 1_000_000, fallback: 20 }),
  CORS_ORIGINS: list,
  TRUST_PROXY: flag(false),
  MAX_BODY_BYTES: integer({ min: 1024, max: 64 * MiB, fallback: MiB }),
  MAX_INPUT_CHARS: integer({ min: 1, max: 10_000_000, fallback: 100_000 }),
  MAX_JOB_BODY_BYTES: integer({ min: 1024, max: 256 * MiB, fallback: 4 * MiB }),
  MAX_JOB_INPUT_CHARS: integer({ min: 1, max: 10_000_000, fallback: 1_000_000 }),
  MAX_SSML_DEPTH: integer({ min: 1, max: 1_000, fallback: 64 }),
  MAX_SSML_NODES: integer({ min: 1, max: 10_000_000, fallback: 100_000 }),
  MAX_STREAM_TEXT_CHARS: integer({ min: 1, max: 10_000_000, fallback: 100_000 }),
  STREAM_IDLE_SECONDS: integer({ min: 1, max: 3_600, fallback: 60 }),
  CACHE_DIR: optionalText,
  CACHE_MAX_BYTES: integer({
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    fallback: 1024 * MiB,
  }),
  CACHE_TTL_SECONDS: integer({ min: 0, max: 10 * 365 * 86_400, fallback: 0 }),
  MEMORY_CACHE_BYTES: integer({ min: 0, max: 16 * 1024 * MiB, fallback: 64 * MiB }),
  REDIS_URL: optionalText,
  REDIS_CACHE_MAX_ENTRY_BYTES: integer({ min: 1, max: 512 * MiB, fallback: 4 * MiB }),
  S3_BUCKET: optionalText,
  S3_PREFIX: z.string().default('ttskit/'),
  S3_REGION: optionalText,
  AWS_REGION: optionalText,
  S3_ENDPOINT: optionalText,
  S3_FORCE_PATH_STYLE: flag(false),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_PRESIGN_EXPIRES_SECONDS: integer({ min: 1, max: 604_800, fallback: 900 }),
  TTSKIT_ENGINES: list,
  DEFAULT_FORMAT: z.enum(['wav', 'mp3', 'pcm']).default('wav'),
  SYNTHESIS_CONCURRENCY: integer({ min: 1, max: 256, fallback: 4 }),
  SYNTHESIS_CHUNK_MAX: integer({ min: 0, max: 1_000_000, fallback: 2_000 }).refine(
    (value) => value === 0 || value >= 50,
    '0 (the engine limit) or at least 50',
  ),
  STREAMING_CHUNK_MAX: integer({ min: 50, max: 100_000, fallback: 300 }),
  ESPEAK_WORKERS: integer({ min: 1, max: 64, fallback: 2 }),
  WARM_UP: flag(true),
  JOB_CONCURRENCY: integer({ min: 1, max: 256, fallback: 2 }),
  JOB_MAX_WAITING: integer({ min: 0, max: 1_000_000, fallback: 1_000 }),
  JOB_RETENTION_SECONDS: integer({ min: 1, max: 30 * 86_400, fallback: 3_600 }),
  JOB_QUEUE: z.enum(['auto', 'in-process', 'bullmq']).default('auto'),
  JOB_QUEUE_NAME: z
    .string()
    .regex(/^[\w-]{1,64}$/, 'letters, digits, _ and - only')
    .default('ttskit-speech'),
  JOB_ATTEMPTS: integer({ min: 1, max: 100, fallback: 3 }),
  JOB_BACKOFF_MS: integer({ min: 0, max: 3_600_000, fallback: 2_000 }),
  JOB_LOCK_MS: integer({ min: 1_000, max: 3_600_000, fallback: 30_000 }),
  JOB_STALLED_INTERVAL_MS: integer({ min: 500, max: 3_600_000, fallback: 30_000 }),
  JOB_FAILED_RETENTION_SECONDS: integer({
    min: 1,
    max: 365 * 86_400,
    fallback: 7 * 86_400,
  }),
  WORKER_PORT: integer({ min: 0, max: 65_535, fallback: 8081 }),
  SHUTDOWN_TIMEOUT_MS: integer({ min: 0, max: 3_600_000, fallback: 30_000 }),
});

export type Environment = z.infer<typeof environmentSchema>;
