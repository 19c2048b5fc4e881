import type { SpeechJobError } from './job-queue';

/**
 * A failed job's error travels through Redis as BullMQ's `failedReason`, a
 * string: the worker writes the described error as JSON, the API reads it
 * back. Reasons BullMQ writes itself (a job that stalled too often) are
 * plain text and read as a retryable `job_failed`.
 */
export function encodeJobFailure(error: SpeechJobError): string {
  return JSON.stringify({ ttskit: 1, ...error });
}

export function decodeJobFailure(reason: string | undefined): SpeechJobError {
  if (reason?.startsWith('{')) {
    try {
      const parsed = JSON.parse(reason) as Partial<SpeechJobError> & { ttskit?: number };
      if (
        parsed.ttskit === 1 &&
        typeof parsed.code === 'string' &&
        typeof parsed.message === 'string'
      ) {
        return {
          code: parsed.code,
          message: parsed.message,
          retryable: parsed.retryable === true,
        };
      }
    } catch {
      // not ours: fall through
    }
  }
  return {
    code: 'job_failed',
    message: reason && reason.length > 0 ? reason.slice(0, 500) : 'the job failed',
    retryable: true,
  };
}
