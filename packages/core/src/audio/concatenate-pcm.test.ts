import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { concatenatePcm } from './concatenate-pcm';

describe('concatenatePcm', () => {
  it('joins parts and inserts rounded silence', () => {
    const result = concatenatePcm({
      parts: [
        Int16Array.from([1, 2]),
        { silenceMs: 0.25 },
        Int16Array.from([3]),
        { silenceMs: 0 },
      ],
      sampleRate: 8_000,
    });
    expect([...result]).toEqual([1, 2, 0, 0, 3]);
  });

  it('makes 250 ms of silence at 22,050 Hz 5,513 samples long', () => {
    const result = concatenatePcm({ parts: [{ silenceMs: 250 }], sampleRate: 22_050 });
    expect(result.length).toBe(5_513);
    expect(result.every((value) => value === 0)).toBe(true);
  });

  it('returns an empty array for no parts', () => {
    expect(concatenatePcm({ parts: [], sampleRate: 16_000 }).length).toBe(0);
  });

  it.each([{ silenceMs: -1 }, { silenceMs: Number.NaN }, { silenceMs: '5' }, null])(
    'rejects the part %o',
    (part) => {
      const parts = [Int16Array.from([1]), part as never];
      expect(() => concatenatePcm({ parts, sampleRate: 16_000 })).toThrow(
        InvalidArgumentError,
      );
      expect(() => concatenatePcm({ parts, sampleRate: 16_000 })).toThrow(/parts\[1\]/);
    },
  );
});
