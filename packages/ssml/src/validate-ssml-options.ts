import type { SsmlDocument } from './ast';
import type { VoiceFamily } from './capabilities/capability-types';
import type { ElementVendor } from './elements/element-definition';
import type { DiagnosticCollector } from './validate-ssml-collector';

/** The targets `validateSsml` knows rules for. */
export type SsmlValidationDialect =
  | 'google'
  | 'azure'
  | 'polly'
  | 'w3c'
  | 'espeak'
  | 'text';

export type ValidateSsmlOptions = {
  /**
   * Also check what this target accepts (and what `serializeSsml` changes
   * when lowering for it). Without a dialect, the document is checked
   * against SSML 1.1 plus every vendor extension ttskit knows.
   */
  dialect?: SsmlValidationDialect;
  /** At most this many diagnostics (then one `diagnostics-truncated`). Default 1,000. */
  maxDiagnostics?: number;
  /** The voice the document will be spoken with (lowering tells the family from it; Azure wraps loose content in it). */
  voice?: string;
  /**
   * The voice family (or Polly engine) lowering targets, as for
   * `serializeSsml`: what a family cannot take (Polly neural: no
   * `emphasis`; Google Studio: no `mark`) is reported from lowering.
   */
  family?: VoiceFamily;
};

export const defaultMaxDiagnostics = 1000;

const dialects: readonly SsmlValidationDialect[] = [
  'google',
  'azure',
  'polly',
  'w3c',
  'espeak',
  'text',
];

/** The vendor whose extensions a dialect accepts as its own. */
const dialectVendors: Partial<Record<SsmlValidationDialect, ElementVendor>> = {
  google: 'google',
  azure: 'microsoft',
  polly: 'amazon',
  w3c: 'w3c',
};

/** What every rule of one validation run reads. */
export type ValidationContext = {
  document: SsmlDocument;
  source: string;
  collector: DiagnosticCollector;
  dialect: SsmlValidationDialect | undefined;
  /** The dialect's vendor; `undefined` without a dialect and for espeak and text. */
  vendor: ElementVendor | undefined;
  voice: string | undefined;
  family: VoiceFamily | undefined;
};

/** Checks the options (a bad option is the caller's error and throws). */
export function readValidateSsmlOptions(options: ValidateSsmlOptions): {
  dialect: SsmlValidationDialect | undefined;
  vendor: ElementVendor | undefined;
  maxDiagnostics: number;
  voice: string | undefined;
  family: VoiceFamily | undefined;
} {
  const { dialect, maxDiagnostics = defaultMaxDiagnostics } = options;
  if (dialect !== undefined && !dialects.includes(dialect)) {
    throw new RangeError(
      `[ttskit] [ssml] unknown validation dialect "${String(dialect)}" (expected ${dialects.join(', ')})`,
    );
  }
  if (typeof maxDiagnostics !== 'number' || !(maxDiagnostics >= 1)) {
    throw new RangeError(
      `[ttskit] [ssml] the maxDiagnostics option must be a number of at least 1, got ${maxDiagnostics}`,
    );
  }
  return {
    dialect,
    vendor: dialect === undefined ? undefined : dialectVendors[dialect],
    maxDiagnostics: Math.floor(maxDiagnostics),
    voice: options.voice,
    family: options.family,
  };
}
