import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';

/** Highest sample rate ttskit accepts anywhere (covers 384 kHz studio audio with margin). */
export const MAXIMUM_SAMPLE_RATE = 768_000;

/**
 * Checks that a sample rate is a positive whole number of hertz no greater than
 * {@link MAXIMUM_SAMPLE_RATE}.
 *
 * @throws InvalidArgumentError naming `argument` otherwise.
 */
export function assertSampleRate(options: {
  sampleRate: unknown;
  argument: string;
}): void {
  const { sampleRate, argument } = options;
  if (
    typeof sampleRate !== 'number' ||
    !Number.isInteger(sampleRate) ||
    sampleRate <= 0 ||
    sampleRate > MAXIMUM_SAMPLE_RATE
  ) {
    throw new InvalidArgumentError({
      message: `${argument} must be a whole number of hertz between 1 and ${MAXIMUM_SAMPLE_RATE}, got ${String(sampleRate)}.`,
      argument,
    });
  }
}
