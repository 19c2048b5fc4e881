const name = 'TTS_SsmlBuilderError';
const errorSymbol = Symbol.for('ttskit.error');
const builderErrorSymbol = Symbol.for(`ttskit.error.${name}`);

/**
 * An `ssml()` builder call got an option it cannot write: a negative or
 * non-finite number (`break(-1)`, `prosody({ rate: NaN })`), an unknown
 * label, an empty required value, or a name that is not an XML name.
 *
 * Like `SsmlParseError`, it carries core's `Symbol.for('ttskit.error')`
 * marker, so `TtsError.isInstance` recognises it without an import.
 */
export class SsmlBuilderError extends Error {
  protected readonly [errorSymbol] = true;
  protected readonly [builderErrorSymbol] = true;
  /** The option at fault, e.g. `prosody.rate`, `break`. */
  readonly option: string;
  /** The value that was rejected. */
  readonly value: unknown;

  constructor(options: { option: string; value: unknown; expected: string }) {
    super(
      `[ttskit] [ssml] ${options.option} must be ${options.expected}, got ${describe(options.value)}`,
    );
    this.name = name;
    this.option = options.option;
    this.value = options.value;
  }

  static isInstance(error: unknown): error is SsmlBuilderError {
    return (
      error != null &&
      typeof error === 'object' &&
      (error as Record<symbol, unknown>)[builderErrorSymbol] === true
    );
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null)
    return String(value);
  return typeof value;
}
