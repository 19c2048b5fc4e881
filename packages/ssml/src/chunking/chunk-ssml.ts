import type { SsmlDocument } from '../ast';
import {
  type SerializeSsmlResult,
  type SsmlDialect,
  serializeSsml,
} from '../serialize-ssml';
import { positionAt } from '../source-position';
import { toPlainText } from '../to-plain-text';
import { type CutKind, type CutPoint, type CutPoints, findCutPoints } from './cut-points';
import { type SourceRange, sliceDocument } from './slice-document';
import { SsmlChunkError } from './ssml-chunk-error';
import { unsplittableSpans } from './unsplittable-elements';

/**
 * How a vendor counts a request: `utf8-bytes` of the serialized SSML, tags
 * included (Google), `utf16` string length, or `billed-chars`: the spoken
 * text only (Polly).
 */
export type ChunkLimit = { unit: 'utf8-bytes' | 'utf16' | 'billed-chars'; max: number };

export type ChunkSsmlOptions = {
  limit: ChunkLimit;
  dialect: SsmlDialect;
  voice?: string;
  /** Locale for sentence boundaries; default the document's `xml:lang`, else `en`. */
  locale?: string;
  /**
   * Cut at every paragraph end (`p` elements, blank lines in text) even when
   * more would fit. Editing one paragraph then changes only its own chunks,
   * so the others stay cached, and a short first paragraph starts playback
   * sooner. Default false.
   */
  separateParagraphs?: boolean;
};

export type SsmlChunk = {
  /** The chunk as a document: spans point into the original source. */
  document: SsmlDocument;
  /** The chunk serialized in the dialect (what the engine receives), with its source map. */
  serialized: SerializeSsmlResult;
  /** Size as the limit counts it. */
  size: number;
  /** The source range the chunk covers. */
  range: SourceRange;
  /** Where the next chunk begins: after a sentence, a clause or a word; `end` for the last. */
  cutAfter: CutKind | 'end';
};

/**
 * Splits a document into chunks that each fit the limit once serialized in
 * the dialect, cutting at sentence ends first, then clause ends, then
 * between words. Elements a cut passes through (`prosody`, `voice`, `p`…)
 * are closed at the end of one chunk and reopened, with the same
 * attributes, in the next; `say-as`, `sub`, `phoneme`, `audio`, `mark`,
 * `w`/`token` and Google `par`/`seq`/`media` are never cut. An unsplittable
 * unit larger than the limit throws `SsmlChunkError` naming it.
 */
export function chunkSsml(
  document: SsmlDocument,
  options: ChunkSsmlOptions,
): SsmlChunk[] {
  const { limit } = options;
  if (!(limit.max > 0))
    throw new RangeError('[ttskit] [ssml] chunkSsml needs a positive limit.max');
  const measure = (range: SourceRange) => measureRange({ document, range, options });
  if (!options.separateParagraphs) {
    const whole = measure({ start: 0, end: document.source.length });
    if (whole.size <= limit.max) return [whole];
  }
  const cuts = findCutPoints({
    document,
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  const chunks: SsmlChunk[] = [];
  const sectionEnds = options.separateParagraphs
    ? [
        ...cuts.paragraph,
        { source: document.source.length, plain: Number.POSITIVE_INFINITY },
      ]
    : [{ source: document.source.length, plain: Number.POSITIVE_INFINITY }];
  let start = 0;
  let startPlain = 0;
  for (const section of sectionEnds) {
    const end = section.source;
    const kind = end === document.source.length ? 'end' : 'paragraph';
    while (start < end) {
      const rest = measure({ start, end });
      if (rest.size <= limit.max) {
        if (hasContent(rest)) chunks.push({ ...rest, cutAfter: kind });
        start = end;
        startPlain = section.plain;
        break;
      }
      const fit = furthestFit({ start, startPlain, end, cuts, measure, limit });
      if (fit === undefined) throw unsplittable({ document, start, cuts, options });
      if (hasContent(fit.chunk)) chunks.push(fit.chunk);
      start = fit.chunk.range.end;
      startPlain = fit.plain;
    }
  }
  const last = chunks.at(-1);
  if (last !== undefined) last.cutAfter = 'end';
  return chunks;
}

function hasContent(chunk: SsmlChunk): boolean {
  return chunk.document.root.children.length > 0;
}

function measureRange(options: {
  document: SsmlDocument;
  range: SourceRange;
  options: ChunkSsmlOptions;
}): SsmlChunk {
  const { document, range } = options;
  const { dialect, voice, limit } = options.options;
  const part = sliceDocument(document, range);
  const serialized = serializeSsml(part, {
    dialect,
    ...(voice === undefined ? {} : { voice }),
  });
  const size =
    limit.unit === 'utf8-bytes'
      ? Buffer.byteLength(serialized.ssml, 'utf8')
      : limit.unit === 'utf16'
        ? serialized.ssml.length
        : toPlainText(part).text.length;
  return { document: part, serialized, size, range, cutAfter: 'end' };
}

/**
 * The longest chunk from `start` that ends at a cut of the best kind that
 * fits. Every unit counts at least the spoken text, so only cuts within
 * `limit.max` spoken characters are candidates.
 */
function furthestFit(options: {
  start: number;
  startPlain: number;
  /** The chunk must end at or before this offset (a paragraph end, or the document's). */
  end: number;
  cuts: CutPoints;
  measure: (range: SourceRange) => SsmlChunk;
  limit: ChunkLimit;
}): { chunk: SsmlChunk; plain: number } | undefined {
  const { start, startPlain, end, cuts, measure, limit } = options;
  const nextSentence =
    firstAfter(cuts.sentence, start)?.source ?? Number.POSITIVE_INFINITY;
  for (const kind of ['sentence', 'clause', 'word'] as const) {
    const points = cuts[kind];
    const candidates: typeof points = [];
    for (let index = indexAfter(points, start); index < points.length; index++) {
      const point = points[index] as (typeof points)[number];
      if (point.plain - startPlain > limit.max + 1 || point.source >= end) break;
      if (kind !== 'sentence' && point.source > nextSentence) break;
      candidates.push(point);
    }
    // sizes grow with the end: binary search for the last candidate that fits
    let low = 0;
    let high = candidates.length - 1;
    let best: { chunk: SsmlChunk; plain: number } | undefined;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const point = candidates[middle] as (typeof candidates)[number];
      const chunk = measure({ start, end: point.source });
      if (chunk.size <= limit.max) {
        best = { chunk: { ...chunk, cutAfter: kind }, plain: point.plain };
        low = middle + 1;
      } else high = middle - 1;
    }
    if (best !== undefined) return best;
  }
  return undefined;
}

/** Index of the first point whose source offset is after `offset` (binary search). */
function indexAfter(points: readonly CutPoint[], offset: number): number {
  let low = 0;
  let high = points.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((points[middle] as CutPoint).source <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function firstAfter(points: readonly CutPoint[], offset: number): CutPoint | undefined {
  return points[indexAfter(points, offset)];
}

function unsplittable(options: {
  document: SsmlDocument;
  start: number;
  cuts: CutPoints;
  options: ChunkSsmlOptions;
}): SsmlChunkError {
  const { document, start, cuts } = options;
  const end = firstAfter(cuts.word, start)?.source ?? document.source.length;
  const element = unsplittableSpans(document.root).find(
    (span) => span.end > start && span.start < end,
  );
  const unitStart = element?.start ?? firstNonSpace(document.source, start);
  const size = measureRange({
    document,
    range: { start, end },
    options: options.options,
  }).size;
  const position = positionAt(document.source, unitStart);
  return new SsmlChunkError({
    unit: element?.name ?? 'word',
    line: position.line,
    column: position.column,
    offset: position.offset,
    size,
    limit: options.options.limit.max,
    limitUnit: options.options.limit.unit,
  });
}

function firstNonSpace(source: string, from: number): number {
  const match = /\S/u.exec(source.slice(from));
  return match === null ? from : from + match.index;
}
