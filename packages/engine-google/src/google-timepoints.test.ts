import { describe, expect, it } from 'vitest';
import { timepointsToMarks } from './google-timepoints';

describe('timepointsToMarks', () => {
  it('converts seconds to ms, in time order, skipping broken entries', () => {
    expect(
      timepointsToMarks([
        { markName: 'b', timeSeconds: 1.25 },
        { markName: 'a', timeSeconds: 0.5 },
        { markName: 'start' },
        { timeSeconds: 2 },
        { markName: 'nan', timeSeconds: Number.NaN },
      ]),
    ).toEqual([
      { name: 'start', timeMs: 0 },
      { name: 'a', timeMs: 500 },
      { name: 'b', timeMs: 1250 },
    ]);
    expect(timepointsToMarks(undefined)).toEqual([]);
  });
});
