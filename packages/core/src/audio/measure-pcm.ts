/** Levels of s16 audio as fractions of full scale (1 = 32,768). */
export type PcmLevels = {
  /** Largest absolute sample. */
  peak: number;
  /** Root mean square; 0 for empty input. */
  rms: number;
};

/** Measures the peak and RMS level of s16 samples, e.g. to check audio is not silent. */
export function measurePcm(samples: Int16Array): PcmLevels {
  let peak = 0;
  let sumOfSquares = 0;
  for (let index = 0; index < samples.length; index += 1) {
    const value = samples[index]!;
    const magnitude = value < 0 ? -value : value;
    if (magnitude > peak) peak = magnitude;
    sumOfSquares += value * value;
  }
  return {
    peak: peak / 32_768,
    rms: samples.length === 0 ? 0 : Math.sqrt(sumOfSquares / samples.length) / 32_768,
  };
}
