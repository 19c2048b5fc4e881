import type { SsmlWarning } from './ssml-warning';

const name = 'TTS_SsmlLoweringError';
const errorSymbol = Symbol.for('ttskit.error');
const loweringErrorSymbol = Symbol.for(`ttskit.error.${name}`);

/**
 * `serializeSsml` with `strict: true` would have lost something: an element,
 * attribute or value was dropped, or a value clamped. Carries every such
 * warning; the position is the first one's.
 *
 * Like `SsmlParseError`, it carries both `Symbol.for` markers core checks,
 * so `TtsError.isInstance` recognises it without `@ttskit/core`.
 */
export class SsmlLoweringError extends Error {
  readonly [errorSymbol] = true;
  readonly [loweringErrorSymbol] = true;
  /** The dialect lowered to, e.g. `polly`. */
  readonly dialect: string;
  /** The `dropped` and `clamped` warnings, in document order. */
  readonly warnings: readonly SsmlWarning[];
  /** 1-based line of the first loss. */
  readonly line: number;
  /** 1-based column of the first loss, in UTF-16 units. */
  readonly column: number;
  /** 0-based UTF-16 offset of the first loss in the source. */
  readonly offset: number;

  constructor(options: { dialect: string; warnings: readonly SsmlWarning[] }) {
    const [first] = options.warnings;
    if (first === undefined) throw new TypeError('SsmlLoweringError needs a warning');
    const { line, column, offset } = first.position;
    const more = options.warnings.length - 1;
    super(
      `[ttskit] [ssml] cannot lower SSML to ${options.dialect} without loss (strict) at ${line}:${column}: ${first.message}${more > 0 ? ` (and ${more} more)` : ''}`,
    );
    this.name = name;
    this.dialect = options.dialect;
    this.warnings = options.warnings;
    this.line = line;
    this.column = column;
    this.offset = offset;
  }

  static isInstance(error: unknown): error is SsmlLoweringError {
    return (
      error != null &&
      typeof error === 'object' &&
      (error as Record<symbol, unknown>)[loweringErrorSymbol] === true
    );
  }
}
