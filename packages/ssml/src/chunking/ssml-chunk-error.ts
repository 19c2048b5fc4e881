const name = 'TTS_SsmlChunkError';
const errorSymbol = Symbol.for('ttskit.error');
const chunkErrorSymbol = Symbol.for(`ttskit.error.${name}`);

/**
 * A part of the document that must not be cut (a word, a `say-as`, `sub`,
 * `phoneme`, `audio`, `mark`, `w`/`token`, Google `par`/`seq`/`media`) is
 * larger than the limit on its own, with the elements around it that its
 * chunk must reopen. Names the unit, where it starts and the limit it
 * exceeds (the first, of several).
 */
export class SsmlChunkError extends Error {
  readonly [errorSymbol] = true;
  readonly [chunkErrorSymbol] = true;
  /** What could not be cut: an element name such as `say-as`, or `word`. */
  readonly unit: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  /** Its size in `limitUnit`, and the limit. */
  readonly size: number;
  readonly limit: number;
  readonly limitUnit: string;
  /** The elements around the unit, outermost first (`speak`, `p`, `prosody`…): its chunk reopens them. */
  readonly enclosingElements: readonly string[];

  constructor(options: {
    unit: string;
    line: number;
    column: number;
    offset: number;
    size: number;
    limit: number;
    limitUnit: string;
    enclosingElements?: readonly string[];
  }) {
    const what = options.unit === 'word' ? 'a single word' : `<${options.unit}>`;
    const around = options.enclosingElements ?? [];
    const within =
      around.length === 0 ? '' : ` within ${around.map((name) => `<${name}>`).join(' ')}`;
    super(
      `[ttskit] [ssml] cannot split the SSML at ${options.line}:${options.column}: ${what}${within} is ${options.size} ${options.limitUnit} on its own, above the limit of ${options.limit}`,
    );
    this.enclosingElements = around;
    this.name = name;
    this.unit = options.unit;
    this.line = options.line;
    this.column = options.column;
    this.offset = options.offset;
    this.size = options.size;
    this.limit = options.limit;
    this.limitUnit = options.limitUnit;
  }

  static isInstance(error: unknown): error is SsmlChunkError {
    return (
      error != null &&
      typeof error === 'object' &&
      (error as Record<symbol, unknown>)[chunkErrorSymbol] === true
    );
  }
}
