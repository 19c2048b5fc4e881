import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { measurePcm } from './measure-pcm';
import { resamplePcm } from './resample-pcm';
import {
  countZeroCrossings,
  createSine,
  measureToneAmplitude,
  toDecibels,
} from './test-signals';

/** What a naive resampler does; kept here as the yardstick the sinc filter must beat. */
function resampleLinearly(options: {
  samples: Int16Array;
  fromRate: number;
  toRate: number;
}) {
  const { samples, fromRate, toRate } = options;
  const output = new Int16Array(Math.round((samples.length * toRate) / fromRate));
  for (let index = 0; index < output.length; index += 1) {
    const position = (index * fromRate) / toRate;
    const before = Math.floor(position);
    const fraction = position - before;
    output[index] = Math.round(
      (samples[before] ?? 0) * (1 - fraction) + (samples[before + 1] ?? 0) * fraction,
    );
  }
  return output;
}

describe('resamplePcm', () => {
  const source = createSine({
    frequency: 440,
    sampleRate: 22_050,
    durationSeconds: 1,
    amplitude: 0.9,
  });

  it.each([8_000, 16_000, 24_000, 44_100, 48_000, 11_025, 44_101])(
    '22,050 → %i Hz keeps a 440 Hz sine: length, frequency, level, no clipping',
    (toRate) => {
      const output = resamplePcm({ samples: source, fromRate: 22_050, toRate });
      expect(output.length).toBe(Math.round((source.length * toRate) / 22_050));
      // 440 Hz for one second crosses zero 880 times.
      expect(Math.abs(countZeroCrossings(output) - 880)).toBeLessThanOrEqual(2);
      const amplitude = measureToneAmplitude({
        samples: output,
        sampleRate: toRate,
        frequency: 440,
      });
      expect(amplitude).toBeGreaterThan(0.88);
      expect(amplitude).toBeLessThan(0.92);
      const { peak } = measurePcm(output);
      expect(peak).toBeLessThan(0.95);
      expect(peak).toBeGreaterThan(0.85);
    },
  );

  it('removes content above the new Nyquist frequency instead of aliasing it (22,050 → 8,000)', () => {
    // A 6 kHz tone cannot exist at 8 kHz; sampling it naively folds it to 2 kHz.
    const tone = createSine({
      frequency: 6_000,
      sampleRate: 22_050,
      durationSeconds: 1,
      amplitude: 0.5,
    });
    const alias = (samples: Int16Array) =>
      toDecibels(
        measureToneAmplitude({ samples, sampleRate: 8_000, frequency: 2_000 }) / 0.5,
      );
    const linear = alias(
      resampleLinearly({ samples: tone, fromRate: 22_050, toRate: 8_000 }),
    );
    const sinc = alias(resamplePcm({ samples: tone, fromRate: 22_050, toRate: 8_000 }));
    // Measured: linear interpolation −2 dB (almost the whole tone), windowed sinc about −110 dB.
    expect(linear).toBeGreaterThan(-6);
    expect(sinc).toBeLessThan(-80);
  });

  it('suppresses aliases just above the new Nyquist frequency (22,050 → 16,000, 9 kHz tone)', () => {
    const tone = createSine({ frequency: 9_000, sampleRate: 22_050, durationSeconds: 1 });
    const output = resamplePcm({ samples: tone, fromRate: 22_050, toRate: 16_000 });
    const alias = measureToneAmplitude({
      samples: output,
      sampleRate: 16_000,
      frequency: 7_000,
    });
    expect(toDecibels(alias / 0.5)).toBeLessThan(-70);
  });

  it('keeps the passband flat (±0.1 dB) up to 75 % of the lower Nyquist frequency', () => {
    // Measured at 22,050 → 8,000: −0.2 dB at 3.2 kHz, −6 dB at 3.6 kHz, −75 dB at 4.2 kHz.
    for (const frequency of [100, 1_000, 2_000, 3_000]) {
      const tone = createSine({ frequency, sampleRate: 22_050, durationSeconds: 1 });
      const output = resamplePcm({ samples: tone, fromRate: 22_050, toRate: 8_000 });
      const gain =
        measureToneAmplitude({ samples: output, sampleRate: 8_000, frequency }) / 0.5;
      expect(Math.abs(toDecibels(gain))).toBeLessThan(0.1);
    }
  });

  it('does not delay the signal', () => {
    const impulse = new Int16Array(2_205);
    impulse[1_000] = 30_000;
    const output = resamplePcm({ samples: impulse, fromRate: 22_050, toRate: 44_100 });
    const peakIndex = output.indexOf(Math.max(...output));
    expect(peakIndex).toBe(2_000);
  });

  it('returns an equal copy when the rates match', () => {
    const output = resamplePcm({ samples: source, fromRate: 22_050, toRate: 22_050 });
    expect(output).not.toBe(source);
    expect(output.length).toBe(source.length);
    expect(output.every((value, index) => value === source[index])).toBe(true);
  });

  it('handles empty and one-sample input', () => {
    expect(
      resamplePcm({ samples: new Int16Array(0), fromRate: 22_050, toRate: 8_000 }).length,
    ).toBe(0);
    expect(
      resamplePcm({ samples: Int16Array.from([1_000]), fromRate: 8_000, toRate: 48_000 })
        .length,
    ).toBe(6);
  });

  it('clamps instead of wrapping when ringing overshoots full scale', () => {
    const square = Int16Array.from({ length: 4_410 }, (_, index) =>
      Math.floor(index / 50) % 2 ? 32_767 : -32_768,
    );
    const output = resamplePcm({ samples: square, fromRate: 22_050, toRate: 48_000 });
    // Wrapping would turn an overshoot above 32,767 into a large negative value mid-plateau.
    for (let index = 200; index < output.length - 200; index += 1) {
      const inputIndex = Math.floor((index * 22_050) / 48_000);
      const plateau = inputIndex % 50 > 10 && inputIndex % 50 < 40;
      if (plateau) expect(Math.sign(output[index]!)).toBe(Math.sign(square[inputIndex]!));
    }
  });

  it.each([
    [{ fromRate: 0, toRate: 8_000 }, 'fromRate'],
    [{ fromRate: 22_050, toRate: 16_000.5 }, 'toRate'],
    [{ fromRate: 22_050, toRate: Number.POSITIVE_INFINITY }, 'toRate'],
  ])('rejects %o', (rates, argument) => {
    let thrown: unknown;
    try {
      resamplePcm({ samples: source, ...rates });
    } catch (error) {
      thrown = error;
    }
    expect(InvalidArgumentError.isInstance(thrown)).toBe(true);
    expect((thrown as InvalidArgumentError).argument).toBe(argument);
  });
});
