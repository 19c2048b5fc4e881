import type { Redis } from 'ioredis';
import type { SpeechJobResult, SpeechJobTimings } from './job-queue';
import { inlineWordsMax, withoutLongTimings } from './job-queue';

/** Where a BullMQ job's long timings live in Redis, beside the queue's own keys. */
export function timingsKey(options: { queueName: string; id: string }): string {
  return `${options.queueName}:timings:${options.id}`;
}

/**
 * A worker's side: a result with many words keeps them out of BullMQ's
 * return value (read back on every status poll) and in a Redis key of their
 * own, expiring with the job's status. Returns the result to store.
 */
export async function storeLongTimings(options: {
  redis: Redis;
  queueName: string;
  id: string;
  result: SpeechJobResult;
  retentionMs: number;
}): Promise<SpeechJobResult> {
  const { result } = options;
  if (result.wordCount <= inlineWordsMax) return result;
  const timings: SpeechJobTimings = {
    words: result.words ?? [],
    marks: result.marks ?? [],
  };
  await options.redis.set(
    timingsKey(options),
    JSON.stringify(timings),
    'PX',
    Math.max(1, options.retentionMs),
  );
  return withoutLongTimings(result);
}

/** The API's side: the timings a result carries, or those stored beside it. */
export async function readTimings(options: {
  redis: Redis;
  queueName: string;
  id: string;
  result: SpeechJobResult;
}): Promise<SpeechJobTimings | undefined> {
  const { result } = options;
  if (result.words) return { words: result.words, marks: result.marks ?? [] };
  const stored = await options.redis.get(timingsKey(options));
  return stored ? (JSON.parse(stored) as SpeechJobTimings) : undefined;
}
