import { describe, expect, it } from 'vitest';
import { measurePcm } from './measure-pcm';
import { createSine } from './test-signals';

describe('measurePcm', () => {
  it('reports zero for silence and empty input', () => {
    expect(measurePcm(new Int16Array(100))).toEqual({ peak: 0, rms: 0 });
    expect(measurePcm(new Int16Array(0))).toEqual({ peak: 0, rms: 0 });
  });

  it('measures a sine: peak = amplitude, rms = amplitude / √2', () => {
    const levels = measurePcm(
      createSine({
        frequency: 441,
        sampleRate: 44_100,
        durationSeconds: 1,
        amplitude: 0.5,
      }),
    );
    expect(levels.peak).toBeCloseTo(0.5, 3);
    expect(levels.rms).toBeCloseTo(0.5 / Math.SQRT2, 3);
  });

  it('counts negative full scale as a peak of 1', () => {
    expect(measurePcm(Int16Array.from([0, -32_768, 100])).peak).toBe(1);
  });
});
