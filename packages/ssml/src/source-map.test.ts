import { describe, expect, it } from 'vitest';
import { SourceMap } from './source-map';
import { SourceMapBuilder } from './source-map-builder';

describe('SourceMap', () => {
  // Output "<x>ab&amp;c</x>" for source "ab&c": "ab" linear, "&amp;" atomic for "&", "c" linear.
  const builder = new SourceMapBuilder();
  builder.addLinear({ outputStart: 3, sourceStart: 0, length: 2 });
  builder.addAtomic({ outputStart: 5, outputEnd: 10, sourceStart: 2, sourceEnd: 3 });
  builder.addLinear({ outputStart: 10, sourceStart: 3, length: 1 });
  const map = builder.build();

  it('maps linear segments character by character and atomic ones to their start', () => {
    expect([3, 4, 5, 7, 9, 10].map((offset) => map.toSourceOffset(offset))).toEqual([
      0, 1, 2, 2, 2, 3,
    ]);
  });

  it('maps uncovered offsets to the end of the segment before, or the first start', () => {
    expect(map.toSourceOffset(0)).toBe(0);
    expect(map.toSourceOffset(11)).toBe(4);
    expect(map.toSourceOffset(1_000)).toBe(4);
  });

  it('never decreases as the output offset grows', () => {
    const offsets = Array.from({ length: 16 }, (_, offset) => map.toSourceOffset(offset));
    expect(offsets).toEqual([...offsets].sort((left, right) => left - right));
  });

  it('maps ranges to the whole source of their first and last characters', () => {
    expect(map.toSourceRange({ start: 3, end: 11 })).toEqual({ start: 0, end: 4 });
    expect(map.toSourceRange({ start: 6, end: 8 })).toEqual({ start: 2, end: 3 });
    expect(map.toSourceRange({ start: 4, end: 5 })).toEqual({ start: 1, end: 2 });
    expect(map.toSourceRange({ start: 7, end: 7 })).toEqual({ start: 2, end: 2 });
    expect(map.toSourceRange({ start: 0, end: 3 })).toEqual({ start: 0, end: 0 });
  });

  it('merges contiguous linear pieces into one segment', () => {
    const merging = new SourceMapBuilder();
    merging.addLinear({ outputStart: 0, sourceStart: 5, length: 2 });
    merging.addLinear({ outputStart: 2, sourceStart: 7, length: 3 });
    merging.addLinear({ outputStart: 5, sourceStart: 11, length: 1 });
    expect(merging.build().segments).toEqual([
      { outputStart: 0, outputEnd: 5, sourceStart: 5, sourceEnd: 10, atomic: false },
      { outputStart: 5, outputEnd: 6, sourceStart: 11, sourceEnd: 12, atomic: false },
    ]);
  });

  it('has an identity map and behaves sensibly when empty', () => {
    const identity = SourceMap.identity(10);
    expect(identity.toSourceOffset(7)).toBe(7);
    expect(identity.toSourceRange({ start: 2, end: 5 })).toEqual({ start: 2, end: 5 });
    const empty = new SourceMap([]);
    expect(empty.toSourceOffset(3)).toBe(0);
    expect(empty.toSourceRange({ start: 1, end: 4 })).toEqual({ start: 0, end: 0 });
  });
});
