import type { SsmlDocument } from './ast';
import { forbiddenXmlCharacter } from './forbidden-xml-characters';
import { parseSsml } from './parse-ssml';
import {
  type SerializeSsmlResult,
  type SsmlDialect,
  serializeSsml,
} from './serialize-ssml';
import type { SourceMap } from './source-map';
import { positionAt } from './source-position';
import { toPlainText } from './to-plain-text';
import { xmlWellFormednessError } from './xml-well-formed.test-helper';

/** Every dialect ttskit ships or is about to ship. */
export const dialectNames = [
  'w3c',
  'espeak',
  'text',
  'google',
  'azure',
  'polly',
] as const;
export type DialectName = (typeof dialectNames)[number];

const unknownDialect = /unknown SSML dialect/;

/**
 * Voice families a dialect lowers differently for (the `family` option);
 * families of a dialect that does not exist yet are simply not exercised.
 */
export const voiceFamilies: Record<DialectName, readonly string[]> = {
  w3c: [],
  espeak: [],
  text: [],
  google: [
    'standard',
    'wavenet',
    'neural2',
    'news',
    'casual',
    'polyglot',
    'studio',
    'journey',
    'chirp-hd',
    'chirp3-hd',
  ],
  azure: ['neural', 'dragon-hd', 'dragon-hd-omni'],
  polly: ['standard', 'neural', 'long-form', 'generative'],
};

/** Voices the engines name, some of which tell the lowering their family. */
export const voiceNames: Record<DialectName, readonly string[]> = {
  w3c: [],
  espeak: ['en-us', 'fr', 'de'],
  text: [],
  google: [
    'en-US-Neural2-F',
    'en-US-Studio-O',
    'en-US-Journey-D',
    'en-US-Chirp3-HD-Charon',
  ],
  azure: [
    'en-US-AvaMultilingualNeural',
    'en-US-Ava:DragonHDLatestNeural',
    'de-DE-KatjaNeural',
  ],
  polly: ['Joanna', 'Matthew'],
};

/** The `voice` and `family` options of `serializeSsml`. */
export type LoweringOptions = { voice?: string; family?: string };

/** Serializes `document` for `dialect` (which may not exist yet). */
export function serializeFor(
  document: SsmlDocument,
  dialect: DialectName,
  lowering: LoweringOptions = {},
): SerializeSsmlResult {
  const options = { dialect: dialect as SsmlDialect, ...lowering };
  return serializeSsml(document, options as Parameters<typeof serializeSsml>[1]);
}

/**
 * Whether `serializeSsml` knows `dialect` yet: a dialect that throws the
 * "unknown SSML dialect" RangeError is not there; any other outcome is.
 * Decided at collection time, so tests of a missing dialect are skipped and
 * run on their own once it lands.
 */
export function isDialectAvailable(dialect: DialectName): boolean {
  try {
    serializeFor(parseSsml('<speak>a</speak>'), dialect);
    return true;
  } catch (error) {
    return !(error instanceof RangeError && unknownDialect.test(error.message));
  }
}

export const availableDialects = dialectNames.filter(isDialectAvailable);
export const missingDialects = dialectNames.filter(
  (dialect) => !availableDialects.includes(dialect),
);

/**
 * Whether the output is plain text: the `text` dialect, or a voice family
 * that takes no SSML (Google Journey and Chirp HD), whose result carries the
 * text dialect's `plan`.
 */
export function isPlainTextOutput(
  dialect: DialectName,
  result: SerializeSsmlResult,
): boolean {
  return dialect === 'text' || (result as { plan?: unknown }).plan !== undefined;
}

/** What a listener hears from a dialect's output: the text itself, or the reparsed SSML's plain text. */
export function spokenTextOf(dialect: DialectName, result: SerializeSsmlResult): string {
  // XML whitespace only: NBSP, U+2028 and the BOM are spoken characters here.
  if (isPlainTextOutput(dialect, result))
    return result.ssml.replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '');
  return toPlainText(parseSsml(result.ssml)).text;
}

/** Ill-formed XML, or for `text` characters XML forbids (engines would choke on them). */
export function outputFormProblems(
  dialect: DialectName,
  result: SerializeSsmlResult,
): string[] {
  const output = result.ssml;
  if (isPlainTextOutput(dialect, result)) {
    const forbidden = output.search(forbiddenXmlCharacter);
    return forbidden === -1
      ? []
      : [
          `XML-forbidden character U+${output.charCodeAt(forbidden).toString(16)} at ${forbidden}`,
        ];
  }
  const error = xmlWellFormednessError(output);
  return error === undefined ? [] : [`ill-formed output: ${error}`];
}

/** Everything wrong with one serialization: its form, and its map and warnings. */
export function dialectOutputProblems(options: {
  dialect: DialectName;
  document: SsmlDocument;
  result: SerializeSsmlResult;
}): string[] {
  return [
    ...outputFormProblems(options.dialect, options.result),
    ...outputMappingProblems(options),
  ];
}

/**
 * A source map whose offsets leave the output or the source or run
 * backwards, warnings that point nowhere, a text plan out of range.
 */
export function outputMappingProblems(options: {
  dialect: DialectName;
  document: SsmlDocument;
  result: SerializeSsmlResult;
}): string[] {
  const { dialect, document, result } = options;
  const { ssml: output, sourceMap, warnings } = result;
  const { source } = document;
  const problems: string[] = [];
  problems.push(...sourceMapRangeProblems({ output, source, sourceMap }));
  for (const warning of warnings) {
    const { offset, line, column } = warning.position;
    const expected = positionAt(source, offset);
    if (offset < 0 || offset > source.length || expected.offset !== offset)
      problems.push(
        `warning about <${warning.element}> at offset ${offset} is outside the source`,
      );
    else if (expected.line !== line || expected.column !== column)
      problems.push(
        `warning about <${warning.element}> at ${offset} says ${line}:${column}`,
      );
    const synthetic = offset === 0 && warning.element === 'speak';
    if (!synthetic && !source.startsWith(`<${warning.element}`, offset))
      problems.push(
        `warning about <${warning.element}> points at ${JSON.stringify(source.slice(offset, offset + 12))}`,
      );
    if (warning.dialect !== dialect)
      problems.push(`warning for dialect ${warning.dialect} in a ${dialect} result`);
    if (!(warning.occurrences >= 1))
      problems.push(`warning with ${warning.occurrences} occurrences`);
  }
  // The text dialect may carry a plan of segments over its output.
  const { plan } = result as {
    plan?: { segments: Array<{ start: number; end: number }> };
  };
  if (plan !== undefined) {
    let previousEnd = 0;
    for (const segment of plan.segments) {
      if (
        segment.start < previousEnd ||
        segment.end < segment.start ||
        segment.end > output.length
      )
        problems.push(
          `plan segment ${segment.start}-${segment.end} out of order or range`,
        );
      previousEnd = segment.end;
    }
  }
  return problems;
}

const xmlWhitespace = /[ \t\n\r]/;

/**
 * Segments sorted, inside the output and the source; `toSourceOffset` never
 * decreasing; every non-whitespace character of a linear segment equal to
 * the source character it maps to (whitespace may be normalised: a lone CR
 * read as LF, a collapsed run mapped to its first character).
 */
export function sourceMapRangeProblems(options: {
  output: string;
  source: string;
  sourceMap: SourceMap;
}): string[] {
  const { output, source, sourceMap } = options;
  const problems: string[] = [];
  let previousEnd = 0;
  for (const segment of sourceMap.segments) {
    const { outputStart, outputEnd, sourceStart, sourceEnd } = segment;
    const range = `${outputStart}-${outputEnd} → ${sourceStart}-${sourceEnd}`;
    if (outputStart < previousEnd)
      problems.push(`segment ${range} overlaps the previous one`);
    previousEnd = outputEnd;
    if (!(outputStart >= 0 && outputStart <= outputEnd && outputEnd <= output.length))
      problems.push(`segment ${range} leaves the output (length ${output.length})`);
    if (!(sourceStart >= 0 && sourceStart <= sourceEnd && sourceEnd <= source.length))
      problems.push(`segment ${range} leaves the source (length ${source.length})`);
    if (segment.atomic) continue;
    if (outputEnd - outputStart !== sourceEnd - sourceStart)
      problems.push(`linear segment ${range} changes length`);
    for (let index = 0; index < outputEnd - outputStart; index++) {
      const produced = output[outputStart + index] as string;
      const original = source[sourceStart + index];
      if (produced !== original && !xmlWhitespace.test(produced)) {
        problems.push(
          `linear segment ${range}: ${JSON.stringify(produced)} ≠ source ${JSON.stringify(original)}`,
        );
        break;
      }
    }
  }
  let previous = -1;
  for (let offset = 0; offset <= output.length; offset++) {
    const sourceOffset = sourceMap.toSourceOffset(offset);
    if (sourceOffset < previous) problems.push(`toSourceOffset decreases at ${offset}`);
    if (sourceOffset < 0 || sourceOffset > source.length)
      problems.push(`toSourceOffset(${offset}) = ${sourceOffset} is outside the source`);
    previous = sourceOffset;
  }
  return problems;
}
