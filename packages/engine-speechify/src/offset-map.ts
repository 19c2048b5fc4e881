/** Output `[outputStart, outputEnd)` was written from source `[sourceStart, sourceEnd)`. */
type Segment = {
  outputStart: number;
  outputEnd: number;
  sourceStart: number;
  sourceEnd: number;
};

/**
 * Maps offsets in a rewritten string (what was sent to Speechify) back to
 * the string it was written from (the engine's `input`). Markup the
 * rewrite added maps to the nearest source text.
 */
export class OffsetMap {
  constructor(private readonly segments: readonly Segment[]) {}

  /** A map where every offset maps to itself. */
  static identity(length: number): OffsetMap {
    return new OffsetMap([
      { outputStart: 0, outputEnd: length, sourceStart: 0, sourceEnd: length },
    ]);
  }

  /** Source offset of a range's start (`edge: 'start'`) or end (`edge: 'end'`). */
  toSource(offset: number, edge: 'start' | 'end'): number | undefined {
    const { segments } = this;
    // first segment ending after the offset (start) or at/after it (end)
    let low = 0;
    let high = segments.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const segment = segments[middle] as Segment;
      const before =
        edge === 'start' ? segment.outputEnd <= offset : segment.outputEnd < offset;
      if (before) low = middle + 1;
      else high = middle;
    }
    if (edge === 'start') {
      const segment = segments[low];
      if (segment === undefined) return undefined;
      if (offset < segment.outputStart) return segment.sourceStart;
      return project(segment, offset, segment.sourceStart);
    }
    const segment = segments[low];
    if (segment !== undefined && offset > segment.outputStart) {
      return project(segment, offset, segment.sourceEnd);
    }
    return segments[low - 1]?.sourceEnd ?? (segment ? segment.sourceStart : undefined);
  }
}

/** Inside a segment: exact when it was copied, else `fallback` (a whole entity). */
function project(segment: Segment, offset: number, fallback: number): number {
  const copied =
    segment.outputEnd - segment.outputStart === segment.sourceEnd - segment.sourceStart;
  return copied ? segment.sourceStart + (offset - segment.outputStart) : fallback;
}

/** Writes a string piece by piece, recording where each copied piece came from. */
export class MappedTextBuilder {
  private readonly pieces: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;

  /** Text with no source (markup the rewrite adds). */
  appendMarkup(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
  }

  /** `text` stands for source `[sourceStart, sourceEnd)`. */
  appendSource(options: { text: string; sourceStart: number; sourceEnd: number }): void {
    const { text, sourceStart, sourceEnd } = options;
    if (text.length === 0) return;
    const last = this.segments.at(-1);
    const copied = text.length === sourceEnd - sourceStart;
    if (
      copied &&
      last !== undefined &&
      last.outputEnd === this.length &&
      last.sourceEnd === sourceStart &&
      last.outputEnd - last.outputStart === last.sourceEnd - last.sourceStart
    ) {
      last.outputEnd += text.length;
      last.sourceEnd = sourceEnd;
    } else {
      this.segments.push({
        outputStart: this.length,
        outputEnd: this.length + text.length,
        sourceStart,
        sourceEnd,
      });
    }
    this.pieces.push(text);
    this.length += text.length;
  }

  /** Appends a space unless the text so far ends with whitespace. */
  appendWordBreak(): void {
    const last = this.pieces.at(-1);
    if (last !== undefined && /\s$/.test(last)) return;
    this.appendMarkup(' ');
  }

  build(): { text: string; map: OffsetMap } {
    return { text: this.pieces.join(''), map: new OffsetMap([...this.segments]) };
  }
}
