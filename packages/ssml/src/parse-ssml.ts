import type { SsmlDocument } from './ast';
import { createParseError } from './create-parse-error';
import { forbiddenXmlCharacter } from './forbidden-xml-characters';
import { SsmlTreeBuilder } from './ssml-tree-builder';

/** Limits enforced while parsing; exceeding one throws `SsmlParseError` with `reason: 'limit-exceeded'`. */
export type ParseSsmlOptions = {
  /** Maximum input length in UTF-16 units. Default 1,000,000. */
  maxInputLength?: number;
  /** Maximum element nesting depth. Default 64. */
  maxDepth?: number;
  /** Maximum number of elements plus text nodes. Default 100,000. */
  maxNodes?: number;
};

export const defaultParseSsmlLimits = {
  maxInputLength: 1_000_000,
  maxDepth: 64,
  maxNodes: 100_000,
} as const;

/**
 * Parses SSML into a typed tree whose every node records its source span.
 *
 * Strict XML: anything not well-formed, unknown entities (only the five XML
 * entities and numeric references exist), DTDs with an internal subset and
 * exceeded limits throw `SsmlParseError` with line, column and a snippet.
 * Input without a top-level `<speak>` (plain text, `Hello <break/> world`,
 * a lone `<p>`) is a fragment and is wrapped in a synthetic `speak`.
 * Undeclared prefixes (`amazon:effect`) are accepted and kept as written.
 */
export function parseSsml(input: string, options: ParseSsmlOptions = {}): SsmlDocument {
  if (typeof input !== 'string') {
    throw new TypeError(
      `[ttskit] [ssml] parseSsml expects a string, got ${typeof input}`,
    );
  }
  const maxInputLength = readLimit(options, 'maxInputLength');
  const maxDepth = readLimit(options, 'maxDepth');
  const maxNodes = readLimit(options, 'maxNodes');
  if (input.length > maxInputLength) {
    throw createParseError({
      source: input,
      offset: maxInputLength,
      reason: 'limit-exceeded',
      detail: `the input is ${input.length} UTF-16 units long, above the limit of ${maxInputLength} (raise the maxInputLength option to allow more)`,
    });
  }
  const forbidden = input.search(forbiddenXmlCharacter);
  if (forbidden !== -1) {
    const code = input.charCodeAt(forbidden).toString(16).toUpperCase().padStart(4, '0');
    throw createParseError({
      source: input,
      offset: forbidden,
      reason: 'invalid-character',
      detail: `character U+${code} is not allowed in XML`,
    });
  }
  const root = new SsmlTreeBuilder(input, { maxDepth, maxNodes }).build();
  return { type: 'document', root, source: input, origin: 'ssml' };
}

function readLimit(options: ParseSsmlOptions, name: keyof ParseSsmlOptions): number {
  const value = options[name];
  if (value === undefined) return defaultParseSsmlLimits[name];
  if (typeof value !== 'number' || !(value >= 0)) {
    throw new RangeError(
      `[ttskit] [ssml] the ${name} option must be a non-negative number, got ${value}`,
    );
  }
  return value;
}
