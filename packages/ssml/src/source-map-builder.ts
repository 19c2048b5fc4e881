import { SourceMap, type SourceMapSegment } from './source-map';

/**
 * Collects `SourceMap` segments in output order. Adjacent character-by-
 * character segments that continue each other in both output and source are
 * merged, so a text written in several pieces stays one segment.
 */
export class SourceMapBuilder {
  private readonly segments: SourceMapSegment[] = [];

  /** `length` output characters from `outputStart` map one to one to source characters from `sourceStart`. */
  addLinear(options: { outputStart: number; sourceStart: number; length: number }): void {
    const { outputStart, sourceStart, length } = options;
    if (length <= 0) return;
    const last = this.segments[this.segments.length - 1];
    if (
      last !== undefined &&
      !last.atomic &&
      last.outputEnd === outputStart &&
      last.sourceEnd === sourceStart
    ) {
      last.outputEnd += length;
      last.sourceEnd += length;
      return;
    }
    this.segments.push({
      outputStart,
      outputEnd: outputStart + length,
      sourceStart,
      sourceEnd: sourceStart + length,
      atomic: false,
    });
  }

  /** The output range stands for the whole source range. */
  addAtomic(options: {
    outputStart: number;
    outputEnd: number;
    sourceStart: number;
    sourceEnd: number;
  }): void {
    if (options.outputEnd <= options.outputStart) return;
    this.segments.push({ ...options, atomic: true });
  }

  build(): SourceMap {
    return new SourceMap(this.segments);
  }
}
