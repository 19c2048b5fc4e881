import type { SsmlDiagnostic } from './ssml-diagnostic';

const name = 'TTS_SsmlValidationError';
const errorSymbol = Symbol.for('ttskit.error');
const validationErrorSymbol = Symbol.for(`ttskit.error.${name}`);

/**
 * A parsed SSML document breaks a rule `validateSsml` reports as an error
 * (thrown by `assertValidSsml`). Carries every diagnostic, warnings and
 * infos included; the message names the first error and its position.
 *
 * Like `SsmlParseError`, it carries both `Symbol.for` markers, so core's
 * `TtsError.isInstance` recognises it without `@ttskit/ssml` importing core.
 */
export class SsmlValidationError extends Error {
  protected readonly [errorSymbol] = true;
  protected readonly [validationErrorSymbol] = true;
  /** Every diagnostic of the document, in source order. */
  readonly diagnostics: readonly SsmlDiagnostic[];
  /** The diagnostics with severity `error` (at least one). */
  readonly errors: readonly SsmlDiagnostic[];

  constructor(options: { diagnostics: readonly SsmlDiagnostic[]; dialect?: string }) {
    const errors = options.diagnostics.filter(
      (diagnostic) => diagnostic.severity === 'error',
    );
    const first = errors[0] ?? options.diagnostics[0];
    const target = options.dialect === undefined ? '' : ` for ${options.dialect}`;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more errors)` : '';
    const where =
      first === undefined ? '' : ` at ${first.position.line}:${first.position.column}`;
    super(
      `[ttskit] [ssml] invalid SSML${target}${where}: ${first?.message ?? 'no diagnostics'}${more}`,
    );
    this.name = name;
    this.diagnostics = options.diagnostics;
    this.errors = errors;
  }

  static isInstance(error: unknown): error is SsmlValidationError {
    return (
      error != null &&
      typeof error === 'object' &&
      (error as Record<symbol, unknown>)[validationErrorSymbol] === true
    );
  }
}
