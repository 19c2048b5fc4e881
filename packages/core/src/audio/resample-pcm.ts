import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { clampToInt16 } from './clamp-to-int16';
import { getResamplerKernel } from './resampler-kernel';
import { assertSampleRate } from './sample-rate';

/**
 * Changes the sample rate of s16 mono audio with a polyphase Kaiser-windowed-sinc low-pass
 * filter (see `resampler-kernel.ts`): content above the lower Nyquist frequency is removed
 * instead of folding back as aliases, as linear interpolation would let it.
 *
 * The output has `Math.round(samples.length * toRate / fromRate)` samples and is aligned
 * with the input (no added delay). Equal rates return a copy.
 */
export function resamplePcm(options: {
  samples: Int16Array;
  fromRate: number;
  toRate: number;
}): Int16Array {
  const { samples, fromRate, toRate } = options;
  if (!(samples instanceof Int16Array)) {
    throw new InvalidArgumentError({
      message: 'samples must be an Int16Array of s16 PCM.',
      argument: 'samples',
    });
  }
  assertSampleRate({ sampleRate: fromRate, argument: 'fromRate' });
  assertSampleRate({ sampleRate: toRate, argument: 'toRate' });
  if (fromRate === toRate) return samples.slice();
  const outputLength = Math.round((samples.length * toRate) / fromRate);
  const output = new Int16Array(outputLength);
  if (samples.length === 0) return output;

  const kernel = getResamplerKernel({ fromRate, toRate });
  const { tapCount, tapsBefore, phaseCount, inputStep, inputStepDivisor, taps } = kernel;
  const exactPhases = phaseCount === inputStepDivisor;
  const step = Math.floor(inputStep / inputStepDivisor);
  const stepRemainder = inputStep % inputStepDivisor;
  // Zero padding on both sides keeps the inner loop free of bounds checks.
  const padded = new Float64Array(samples.length + 2 * tapCount + step + 2);
  padded.set(samples, tapsBefore);
  // Input position of the current output sample: position + remainder / inputStepDivisor.
  let position = 0;
  let remainder = 0;
  for (let index = 0; index < outputLength; index += 1) {
    const phase = exactPhases
      ? remainder
      : Math.floor((remainder * phaseCount) / inputStepDivisor);
    const row = phase * tapCount;
    let sum = 0;
    for (let tap = 0; tap < tapCount; tap += 1) {
      sum += padded[position + tap]! * taps[row + tap]!;
    }
    output[index] = clampToInt16(sum);
    position += step;
    remainder += stepRemainder;
    if (remainder >= inputStepDivisor) {
      remainder -= inputStepDivisor;
      position += 1;
    }
  }
  return output;
}
