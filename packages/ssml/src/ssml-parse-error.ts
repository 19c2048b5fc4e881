const name = 'TTS_SsmlParseError';
const errorSymbol = Symbol.for('ttskit.error');
const parseErrorSymbol = Symbol.for(`ttskit.error.${name}`);

/**
 * The SSML input is not well-formed, uses something this package refuses
 * (a DTD, an unknown entity) or exceeds a limit. Carries the position of the
 * problem and a printable snippet of the offending line.
 *
 * `@ttskit/ssml` cannot import `@ttskit/core`, so instead of extending
 * `TtsError` this class carries both `Symbol.for` markers core checks:
 * `TtsError.isInstance` and `SsmlParseError.isInstance` both recognise it,
 * even across installed copies of the packages.
 */
export class SsmlParseError extends Error {
  readonly [errorSymbol] = true;
  readonly [parseErrorSymbol] = true;
  /** 1-based line of the problem. */
  readonly line: number;
  /** 1-based column of the problem, in UTF-16 units. */
  readonly column: number;
  /** 0-based UTF-16 offset of the problem in the input. */
  readonly offset: number;
  /** The offending source line and a caret line under the column. */
  readonly snippet: string;
  /** Short machine-readable code, e.g. `mismatched-end-tag`, `limit-exceeded`. */
  readonly reason: string;
  /** What is wrong, without the prefix and position the message starts with. */
  readonly detail: string;

  constructor(options: {
    reason: string;
    /** What is wrong, without the position (the constructor adds it). */
    detail: string;
    line: number;
    column: number;
    offset: number;
    snippet: string;
  }) {
    super(
      `[ttskit] [ssml] SSML parse error at ${options.line}:${options.column}: ${options.detail}`,
    );
    this.name = name;
    this.reason = options.reason;
    this.detail = options.detail;
    this.line = options.line;
    this.column = options.column;
    this.offset = options.offset;
    this.snippet = options.snippet;
  }

  static isInstance(error: unknown): error is SsmlParseError {
    return (
      error != null &&
      typeof error === 'object' &&
      (error as Record<symbol, unknown>)[parseErrorSymbol] === true
    );
  }
}
