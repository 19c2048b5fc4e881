import type { SpeechSynthesisResult } from 'microsoft-cognitiveservices-speech-sdk';
import { abortError, timeoutError } from './azure-errors';
import type { AzureOutputFormat } from './output-formats';
import type { PooledSynthesizer, SynthesisListener } from './pooled-synthesizer';
import type { SynthesizerPool } from './synthesizer-pool';

/**
 * Runs one synthesis on a leased synthesizer and gives it back. The SDK has
 * no timeout and no way to cancel a turn, so this races the turn against
 * `timeoutMs` of silence from the service (restarted by every event) and
 * the abort signal; the loser's synthesizer is closed, which drops its
 * websocket. The listener's exceptions fail the call (the SDK would swallow
 * them).
 */
export async function runSynthesis(options: {
  pool: SynthesizerPool;
  synthesizer: PooledSynthesizer;
  outputFormat: AzureOutputFormat;
  ssml: string;
  timeoutMs: number;
  abortSignal: AbortSignal | undefined;
  listener: SynthesisListener;
}): Promise<SpeechSynthesisResult> {
  const { pool, synthesizer, outputFormat, timeoutMs, abortSignal, listener } = options;
  let reusable = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  try {
    const result = await new Promise<SpeechSynthesisResult>((resolve, reject) => {
      // one timer, pushed back lazily: events only note the time (they can be thousands)
      let lastActivity = performance.now();
      const check = () => {
        const idle = performance.now() - lastActivity;
        if (idle >= timeoutMs) reject(timeoutError(timeoutMs));
        else timer = setTimeout(check, timeoutMs - idle);
      };
      const guarded =
        <Event>(handle: (event: Event) => void) =>
        (event: Event) => {
          lastActivity = performance.now();
          try {
            handle(event);
          } catch (error) {
            reject(error);
          }
        };
      if (abortSignal?.aborted) {
        reject(abortError(abortSignal));
        return;
      }
      onAbort = () => reject(abortError(abortSignal));
      abortSignal?.addEventListener('abort', onAbort, { once: true });
      synthesizer.listener = {
        onAudio: guarded((chunk) => listener.onAudio(chunk)),
        onWordBoundary: guarded((event) => listener.onWordBoundary(event)),
        onBookmark: guarded((event) => listener.onBookmark(event)),
      };
      timer = setTimeout(check, timeoutMs);
      synthesizer.speak(options.ssml).then(resolve, reject);
    });
    reusable = true;
    return result;
  } finally {
    clearTimeout(timer);
    if (onAbort) abortSignal?.removeEventListener('abort', onAbort);
    synthesizer.listener = undefined;
    pool.release(synthesizer, { outputFormat, reusable });
  }
}
