import type { SourcePosition } from './ast';

/**
 * Line and column of `offset`, counting lines from 1 (a line ends after `\n`,
 * so CRLF counts once) and columns from 1 in UTF-16 units. Scans from the
 * start: for one-off positions such as errors. The parser tracks positions
 * incrementally with `LineTracker` instead.
 */
export function positionAt(source: string, offset: number): SourcePosition {
  const clamped = Math.min(Math.max(offset, 0), source.length);
  let line = 1;
  let lineStart = 0;
  let newline = source.indexOf('\n');
  while (newline !== -1 && newline < clamped) {
    line++;
    lineStart = newline + 1;
    newline = source.indexOf('\n', lineStart);
  }
  return { offset: clamped, line, column: clamped - lineStart + 1 };
}

/**
 * Line and column for offsets visited in non-decreasing order, in O(n)
 * overall: each newline is searched for once.
 */
export class LineTracker {
  line = 1;
  lineStart = 0;
  private nextNewline: number;

  constructor(private readonly source: string) {
    this.nextNewline = source.indexOf('\n');
  }

  /** Moves to `offset` (never backwards) and returns its line. */
  advanceTo(offset: number): number {
    while (this.nextNewline !== -1 && this.nextNewline < offset) {
      this.line++;
      this.lineStart = this.nextNewline + 1;
      this.nextNewline = this.source.indexOf('\n', this.lineStart);
    }
    return this.line;
  }
}
