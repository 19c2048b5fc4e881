import type { MarkTiming, OutputFormat, Warning, WordTiming } from '@ttskit/core';

/**
 * What a speech job synthesizes. Plain JSON, so a job can travel through
 * Redis (BullMQ's job data) and run on another machine.
 */
export type SpeechJobData = {
  text?: string;
  ssml?: string;
  engine?: string;
  voice?: string;
  format: OutputFormat;
  sampleRate?: number;
  language?: string;
  /** Id of the API key that submitted the job (only it may read the status), or `anonymous`. */
  owner: string;
};

/**
 * What a finished job returns: plain JSON, no audio. The audio is stored
 * once, content-addressed by `key`, in the shared cache tiers, and served by
 * `GET /v1/audio/:key` (`audioUrl`).
 */
export type SpeechJobResult = {
  key: string;
  audioUrl: string;
  format: OutputFormat;
  contentType: string;
  sampleRate: number;
  durationMs: number;
  engine: string;
  voice: string;
  /** Whether the audio came from the cache (no engine call). */
  cached: boolean;
  wordCount: number;
  markCount: number;
  /** `GET` it for `{ words, marks }`, whatever their number. */
  wordsUrl: string;
  /**
   * The word and mark timings themselves, when there are at most
   * `inlineWordsMax` words (2,000): a book's 170,000 words would make every
   * status poll megabytes long. Always at `wordsUrl`.
   */
  words?: WordTiming[];
  marks?: MarkTiming[];
  warnings: Warning[];
};

/** A finished job's word and mark timings, with offsets into its input. */
export type SpeechJobTimings = { words: WordTiming[]; marks: MarkTiming[] };

/** Most words a job's status carries inline; more are only at `wordsUrl`. */
export const inlineWordsMax = 2_000;

/** The status-sized result: timings inline only when few. */
export function withoutLongTimings(result: SpeechJobResult): SpeechJobResult {
  if (result.wordCount <= inlineWordsMax) return result;
  const { words: _words, marks: _marks, ...rest } = result;
  return rest;
}

/** Why a job failed, as a client sees it. `retryable`: a later attempt may succeed. */
export type SpeechJobError = { code: string; message: string; retryable: boolean };

export type JobState = 'waiting' | 'active' | 'completed' | 'failed';

export type JobStatus = {
  id: string;
  state: JobState;
  /** Share of the input spoken so far, 0 to 1. */
  progress: number;
  owner: string;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  /** Attempts started so far (BullMQ retries a failed attempt after a backoff). */
  attempts?: number;
  result?: SpeechJobResult;
  error?: SpeechJobError;
};

export type JobCounts = {
  waiting: number;
  active: number;
  completed: number;
  failed: number;
};

/**
 * Where jobs wait and run. The embedded implementation is an in-process
 * p-queue (`in-process-job-queue.ts`); a Redis-backed one (BullMQ, with
 * workers in other processes) implements the same interface and runs the
 * same `processSpeechJob`. Routes only ever see this interface.
 */
export type JobQueue = {
  /** Which implementation: `in-process` or e.g. `bullmq`. */
  readonly kind: string;
  /**
   * Adds a job. With `jobId`, adding the same id again returns the existing
   * job (`created: false`): idempotent submission.
   *
   * @throws HttpError 503 when the queue is full or closing.
   */
  enqueue(options: { data: SpeechJobData; jobId?: string }): Promise<{
    id: string;
    created: boolean;
  }>;
  /** The job's status, or undefined when unknown or expired. */
  get(id: string): Promise<JobStatus | undefined>;
  /** A completed job's word and mark timings, or undefined when unknown or expired. */
  timings(id: string): Promise<SpeechJobTimings | undefined>;
  counts(): Promise<JobCounts>;
  /** Whether the queue takes jobs: false once closing. (Redis trouble shows per submission, as a 503.) */
  ready(): Promise<boolean>;
  /** Stops taking jobs and waits for the running ones (graceful shutdown). */
  close(): Promise<void>;
};
