/** One mapped range; `atomic` ranges map every output offset to the whole source range. */
export type SourceMapSegment = {
  outputStart: number;
  outputEnd: number;
  sourceStart: number;
  sourceEnd: number;
  /**
   * `false`: output and source have the same length and map character by
   * character. `true`: the output range stands for the whole source range
   * (an entity such as `&amp;`, a `sub` alias standing for its element).
   */
  atomic: boolean;
};

/**
 * Maps offsets in a produced string (plain text, serialized SSML) back to
 * offsets in the caller's source. Both are 0-based UTF-16 offsets.
 *
 * Output offsets that no segment covers (markup the serializer wrote, a space
 * inserted between blocks) map to the source end of the nearest segment
 * before them (the source start of the first segment if there is none), so
 * `toSourceOffset` never decreases as the output offset grows.
 */
export class SourceMap {
  private readonly outputStarts: number[];
  private readonly outputEnds: number[];
  private readonly sourceStarts: number[];
  private readonly sourceEnds: number[];
  private readonly atomic: boolean[];

  /** Segments must be sorted by output offset and must not overlap. */
  constructor(segments: readonly SourceMapSegment[]) {
    this.outputStarts = segments.map((segment) => segment.outputStart);
    this.outputEnds = segments.map((segment) => segment.outputEnd);
    this.sourceStarts = segments.map((segment) => segment.sourceStart);
    this.sourceEnds = segments.map((segment) => segment.sourceEnd);
    this.atomic = segments.map((segment) => segment.atomic);
  }

  /** A map for output identical to its source. */
  static identity(length: number): SourceMap {
    return new SourceMap(
      length === 0
        ? []
        : [
            {
              outputStart: 0,
              outputEnd: length,
              sourceStart: 0,
              sourceEnd: length,
              atomic: false,
            },
          ],
    );
  }

  /** The segments, in output order. */
  get segments(): SourceMapSegment[] {
    return this.outputStarts.map((outputStart, index) => ({
      outputStart,
      outputEnd: this.outputEnds[index] as number,
      sourceStart: this.sourceStarts[index] as number,
      sourceEnd: this.sourceEnds[index] as number,
      atomic: this.atomic[index] as boolean,
    }));
  }

  /** Source offset of the output character at `outputOffset`. */
  toSourceOffset(outputOffset: number): number {
    const index = this.segmentAtOrBefore(outputOffset);
    if (index < 0) return this.sourceStarts[0] ?? 0;
    if (outputOffset >= (this.outputEnds[index] as number))
      return this.sourceEnds[index] as number;
    if (this.atomic[index]) return this.sourceStarts[index] as number;
    return (
      (this.sourceStarts[index] as number) +
      outputOffset -
      (this.outputStarts[index] as number)
    );
  }

  /**
   * Source range of the output range `[start, end)`: from the source of its
   * first character to just after the source of its last character (the
   * whole source range when that character belongs to an atomic segment).
   */
  toSourceRange(range: { start: number; end: number }): { start: number; end: number } {
    const start = this.toSourceOffset(range.start);
    if (range.end <= range.start) return { start, end: start };
    const last = range.end - 1;
    const index = this.segmentAtOrBefore(last);
    let end: number;
    if (index < 0) end = this.sourceStarts[0] ?? 0;
    else if (last >= (this.outputEnds[index] as number))
      end = this.sourceEnds[index] as number;
    else if (this.atomic[index]) end = this.sourceEnds[index] as number;
    else
      end =
        (this.sourceStarts[index] as number) +
        last -
        (this.outputStarts[index] as number) +
        1;
    return { start, end: Math.max(start, end) };
  }

  /** Index of the last segment starting at or before `outputOffset`, or -1. */
  private segmentAtOrBefore(outputOffset: number): number {
    const starts = this.outputStarts;
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if ((starts[middle] as number) <= outputOffset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }
}
