import type { SsmlDocument } from '../ast';
import { parseSsml } from '../parse-ssml';
import { serializeSsml } from '../serialize-ssml';
import { toPlainText } from '../to-plain-text';
import type { ChunkLimit } from './chunk-limits';
import type { ChunkSsmlOptions, SsmlChunk } from './chunk-ssml';
import { SsmlChunkError } from './ssml-chunk-error';
import { unsplittableElements } from './unsplittable-elements';

export type Vendor = 'google' | 'polly';

/** The request limits as each vendor states them, and the voice the chunks are for. */
export const vendors: Record<
  Vendor,
  { options: Omit<ChunkSsmlOptions, 'limit'>; limits: ChunkLimit[]; small: ChunkLimit[] }
> = {
  google: {
    options: { dialect: 'google', voice: 'en-US-Neural2-F' },
    limits: [{ unit: 'utf8-bytes', max: 5000 }],
    small: [{ unit: 'utf8-bytes', max: 300 }],
  },
  polly: {
    options: { dialect: 'polly', family: 'neural' },
    limits: [
      { unit: 'billed-chars', max: 3000 },
      { unit: 'utf16', max: 6000 },
    ],
    small: [
      { unit: 'billed-chars', max: 120 },
      { unit: 'utf16', max: 240 },
    ],
  },
};

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** What a listener hears from SSML the engine receives. */
const spokenText = (ssml: string) => toPlainText(parseSsml(ssml)).text;

/**
 * A size as the vendor counts it, measured here rather than taken from the
 * chunk: UTF-8 bytes of the SSML with its tags (Google), billed characters
 * (the spoken text, Polly) or total characters (the string, Polly).
 */
export function sizeAs(unit: ChunkLimit['unit'], ssml: string): number {
  if (unit === 'utf8-bytes') return Buffer.byteLength(ssml, 'utf8');
  return unit === 'utf16' ? ssml.length : spokenText(ssml).length;
}

/**
 * Everything wrong with the chunks of a document: a chunk that is not
 * well-formed SSML, one above a limit (as the vendor counts it) or whose
 * reported sizes are not those, and spoken texts that do not concatenate
 * back to the document's (serialized whole, in the same dialect).
 */
export function chunkProblems(options: {
  document: SsmlDocument;
  chunks: readonly SsmlChunk[];
  vendor: Vendor;
  limits: readonly ChunkLimit[];
}): string[] {
  const { document, chunks, vendor, limits } = options;
  const problems: string[] = [];
  const texts: string[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const { ssml } = chunk.serialized;
    try {
      texts.push(spokenText(ssml));
    } catch (error) {
      problems.push(`chunk ${index} is not well-formed: ${(error as Error).message}`);
      continue;
    }
    const sizes = limits.map((limit) => sizeAs(limit.unit, ssml));
    limits.forEach((limit, at) => {
      if ((sizes[at] as number) > limit.max)
        problems.push(`chunk ${index} is ${sizes[at]} ${limit.unit}, above ${limit.max}`);
    });
    if (sizes.join() !== chunk.sizes.join())
      problems.push(`chunk ${index} reports sizes ${chunk.sizes} but is ${sizes}`);
  }
  const whole = serializeSsml(document, vendors[vendor].options).ssml;
  const expected = collapse(spokenText(whole));
  const actual = collapse(texts.join(' '));
  if (actual !== expected)
    problems.push(`spoken text differs at ${firstDifference(actual, expected)}`);
  return problems;
}

/**
 * Why a chunking error is not the one allowed: the unit it names must be
 * one that may not be cut (an unsplittable element, or a word), it must
 * start where the error says, and it must be above the limit.
 */
export function chunkErrorProblem(error: unknown, source: string): string | undefined {
  if (!SsmlChunkError.isInstance(error)) return `not an SsmlChunkError: ${String(error)}`;
  const { unit, offset, size, limit } = error;
  if (unit !== 'word' && !unsplittableElements.has(unit))
    return `names <${unit}>, which can be split: ${error.message}`;
  if (unit !== 'word' && !source.startsWith(`<${unit}`, offset))
    return `names <${unit}> at ${offset}, where there is none`;
  if (!(size > limit)) return `names a unit within the limit: ${error.message}`;
  return undefined;
}

function firstDifference(left: string, right: string): string {
  let index = 0;
  while (index < left.length && left[index] === right[index]) index++;
  return `${index}: ${JSON.stringify(left.slice(index, index + 60))} vs ${JSON.stringify(right.slice(index, index + 60))}`;
}
