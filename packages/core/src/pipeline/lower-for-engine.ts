import {
  type SerializeSsmlResult,
  type SourceMap,
  type SpokenTextPlan,
  type SsmlDialect,
  type SsmlDocument,
  serializeSsml,
} from '@ttskit/ssml';
import type { EngineV1 } from '../spec/v1/engine-v1';
import type { InputSizeUnit } from '../spec/v1/engine-v1-capabilities';
import type { Warning } from '../spec/v1/warning';
import { inputLimitsOf } from './input-limits';
import { plainTextOf } from './word-offsets';

export type LoweredInput = {
  input: string;
  inputType: 'ssml' | 'text';
  sourceMap: SourceMap;
  warnings: Warning[];
  /** For the `text` dialect: pauses, rate changes and marks to emulate. */
  plan?: SpokenTextPlan;
  /** False when the input is above the engine's `maxInput`: it must be chunked. */
  fits?: boolean;
  /** False when the input is above the synthesizer's `chunkMax`: it is spoken in chunks. */
  fitsChunk?: boolean;
};

/** Size of `input` as the engine counts it. */
export function measureInput(options: {
  input: string;
  unit: InputSizeUnit;
  plainTextLength: () => number;
}): number {
  switch (options.unit) {
    case 'utf8-bytes':
      return Buffer.byteLength(options.input, 'utf8');
    case 'billed-chars':
      return options.plainTextLength();
    default:
      return options.input.length;
  }
}

/** Lowered forms per document (documents are shared through precompilation). */
const loweredForms = new WeakMap<SsmlDocument, Map<string, LoweredInput>>();

/**
 * Serializes the document in the dialect the engine accepts, with a warning
 * for everything lowered, and says whether it fits the engine's input
 * limit. The serialization is memoized per document, dialect and voice.
 */
export function lowerForEngine(options: {
  document: SsmlDocument;
  engine: EngineV1;
  /** Throw `SsmlLoweringError` instead of dropping or clamping anything. */
  strict?: boolean | undefined;
  /** A smaller first limit than the engine's (the synthesizer's `chunkMax`) for `fitsChunk`. */
  maxChunk?: number | undefined;
}): LoweredInput {
  const { document, engine } = options;
  const strict = options.strict === true;
  const memoKey = `${engine.capabilities.ssml.dialect}\u0000${engine.voice}\u0000${strict}`;
  let forms = loweredForms.get(document);
  if (forms === undefined) {
    forms = new Map();
    loweredForms.set(document, forms);
  }
  let lowered = forms.get(memoKey);
  if (lowered === undefined) {
    lowered = serializeForEngine({ document, engine, strict });
    forms.set(memoKey, lowered);
  }
  return {
    ...lowered,
    warnings: lowered.warnings.map((warning) => ({ ...warning })),
    ...fitsLimits({ lowered, document, engine, maxChunk: options.maxChunk }),
  };
}

/**
 * Whether the lowered input is within the engine's `maxInput` (else core
 * chunks it), and within `maxChunk` too; the input is measured once per limit.
 */
function fitsLimits(options: {
  lowered: LoweredInput;
  document: SsmlDocument;
  engine: EngineV1;
  maxChunk: number | undefined;
}): { fits: boolean; fitsChunk: boolean } {
  const { lowered, document, engine, maxChunk } = options;
  const sizes = inputLimitsOf(engine).map(({ unit, max }) => ({
    max,
    size: measureInput({
      input: lowered.input,
      unit,
      plainTextLength: () =>
        lowered.inputType === 'text'
          ? lowered.input.length
          : plainTextOf(document).text.length,
    }),
  }));
  const fits = sizes.every(({ size, max }) => size <= max);
  const first = sizes[0];
  const fitsChunk =
    maxChunk === undefined || first === undefined || first.size <= maxChunk;
  return { fits, fitsChunk: fits && fitsChunk };
}

function serializeForEngine(options: {
  document: SsmlDocument;
  engine: EngineV1;
  strict: boolean;
}): LoweredInput {
  const { document, engine } = options;
  const warnings: Warning[] = [];
  let dialect = engine.capabilities.ssml.dialect;
  let serialized: SerializeSsmlResult;
  try {
    serialized = serializeSsml(document, {
      dialect: dialect as SsmlDialect,
      voice: engine.voice,
      strict: options.strict,
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    warnings.push({
      type: 'other',
      message: `[ttskit] engine "${engine.engine}" asks for SSML dialect "${dialect}", which this @ttskit/ssml does not know; sending W3C SSML`,
    });
    dialect = 'w3c';
    serialized = serializeSsml(document, { dialect: 'w3c', voice: engine.voice });
  }
  warnings.push(...serialized.warnings);
  // plain text whenever the serializer produced plain text (text dialect, Google Chirp voices)
  const inputType = serialized.plan === undefined ? 'ssml' : 'text';
  return {
    input: serialized.ssml,
    inputType,
    sourceMap: serialized.sourceMap,
    warnings,
    ...(serialized.plan === undefined ? {} : { plan: serialized.plan }),
  };
}
