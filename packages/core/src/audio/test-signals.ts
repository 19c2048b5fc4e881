/** Signal generators and measurements shared by the audio tests (not exported by core). */

/** A sine tone as s16 samples. `amplitude` is a fraction of full scale. */
export function createSine(options: {
  frequency: number;
  sampleRate: number;
  durationSeconds: number;
  amplitude?: number;
}): Int16Array {
  const { frequency, sampleRate, durationSeconds, amplitude = 0.5 } = options;
  const samples = new Int16Array(Math.round(sampleRate * durationSeconds));
  for (let index = 0; index < samples.length; index += 1) {
    samples[index] = Math.round(
      amplitude * 32_767 * Math.sin((2 * Math.PI * frequency * index) / sampleRate),
    );
  }
  return samples;
}

/**
 * Amplitude (fraction of full scale) of one frequency in the signal, by a Hann-windowed
 * Goertzel filter over the middle of the signal (edges skipped to ignore filter start-up).
 */
export function measureToneAmplitude(options: {
  samples: Int16Array;
  sampleRate: number;
  frequency: number;
}): number {
  const { samples, sampleRate, frequency } = options;
  const margin = Math.floor(samples.length / 10);
  const length = samples.length - 2 * margin;
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / sampleRate);
  let previous = 0;
  let beforePrevious = 0;
  let windowSum = 0;
  for (let index = 0; index < length; index += 1) {
    const window = 0.5 - 0.5 * Math.cos((2 * Math.PI * index) / (length - 1));
    windowSum += window;
    const current =
      (samples[margin + index]! / 32_768) * window +
      coefficient * previous -
      beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  const power =
    previous * previous +
    beforePrevious * beforePrevious -
    coefficient * previous * beforePrevious;
  return (2 * Math.sqrt(Math.max(0, power))) / windowSum;
}

/** Number of sign changes (from negative to non-negative or back). */
export function countZeroCrossings(samples: Int16Array): number {
  let crossings = 0;
  for (let index = 1; index < samples.length; index += 1) {
    if (samples[index - 1]! < 0 !== samples[index]! < 0) crossings += 1;
  }
  return crossings;
}

/** Amplitude ratio in decibels. */
export function toDecibels(ratio: number): number {
  return 20 * Math.log10(Math.max(ratio, 1e-12));
}
