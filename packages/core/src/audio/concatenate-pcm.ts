import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { assertSampleRate } from './sample-rate';

/** A piece of audio to stitch: samples, or a stretch of silence. */
export type PcmPart = Int16Array | { silenceMs: number };

/**
 * Joins s16 mono parts that share one sample rate, inserting `round(silenceMs × rate / 1000)`
 * zero samples for each silence part.
 */
export function concatenatePcm(options: {
  parts: readonly PcmPart[];
  sampleRate: number;
}): Int16Array {
  const { parts, sampleRate } = options;
  assertSampleRate({ sampleRate, argument: 'sampleRate' });
  const lengths = parts.map((part, index) => {
    if (part instanceof Int16Array) return part.length;
    const silenceMs = (part as { silenceMs?: unknown } | null)?.silenceMs;
    if (typeof silenceMs !== 'number' || !Number.isFinite(silenceMs) || silenceMs < 0) {
      throw new InvalidArgumentError({
        message: `parts[${index}] must be an Int16Array or { silenceMs } with a finite, non-negative number of milliseconds.`,
        argument: `parts[${index}]`,
      });
    }
    return Math.round((silenceMs * sampleRate) / 1_000);
  });
  const output = new Int16Array(lengths.reduce((total, length) => total + length, 0));
  let offset = 0;
  parts.forEach((part, index) => {
    if (part instanceof Int16Array) output.set(part, offset);
    offset += lengths[index]!;
  });
  return output;
}
