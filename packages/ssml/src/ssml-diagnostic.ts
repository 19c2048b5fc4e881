import type { SourcePosition } from './ast';

/**
 * `error`: the document breaks SSML 1.1 or the target's rules and will be
 * rejected or misread. `warning`: something is lost (an element ignored, a
 * value clamped, an unknown element's text spoken). `info`: something is
 * changed without loss, or a hint.
 */
export type SsmlDiagnosticSeverity = 'error' | 'warning' | 'info';

/** What a diagnostic is about; see the README's Validation section for each. */
export type SsmlDiagnosticCode =
  // Structure
  | 'unknown-element'
  | 'invalid-child'
  | 'text-not-allowed'
  | 'invalid-placement'
  | 'invalid-order'
  // Attributes and values
  | 'unknown-attribute'
  | 'missing-attribute'
  | 'conflicting-attributes'
  | 'invalid-value'
  | 'value-out-of-range'
  // References
  | 'duplicate-id'
  | 'unknown-lexicon'
  // Dialect rules
  | 'unsupported-value'
  | 'missing-voice'
  | 'missing-language'
  | 'limit-exceeded'
  | 'request-size'
  // What serializeSsml does when lowering for the dialect
  | 'lowering-dropped'
  | 'lowering-clamped'
  | 'lowering-converted'
  | 'lowering-emulated'
  | 'lowering-failed'
  // More diagnostics than maxDiagnostics
  | 'diagnostics-truncated';

/** One finding of `validateSsml`. */
export type SsmlDiagnostic = {
  code: SsmlDiagnosticCode;
  severity: SsmlDiagnosticSeverity;
  /** What is wrong and, where it helps, what to write instead. */
  message: string;
  /** The element concerned, as written (`prosody`, `amazon:effect`). */
  element?: string;
  /** The attribute concerned, as written (`interpret-as`, `xml:lang`). */
  attribute?: string;
  /**
   * Where in `document.source`: the start of an attribute's value for
   * attribute findings, of the text for misplaced text, else the `<` of the
   * element.
   */
  position: SourcePosition;
};
