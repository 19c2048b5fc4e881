import type { SsmlDocument } from '../ast';
import type { VoiceFamily } from '../capabilities/capability-types';
import type { SerializeSsmlResult, SsmlDialect } from '../serialize-ssml';
import { toPlainText } from '../to-plain-text';
import { estimateCapacity, sourceSizes } from './capacity-estimate';
import {
  type ChunkLimit,
  resolveChunkLimits,
  spokenCharacterBound,
} from './chunk-limits';
import { ChunkMeasurer, type Measurement } from './chunk-measurer';
import { type CutKind, type CutPoint, CutPoints } from './cut-points';
import { furthestFit } from './furthest-fit';
import { hasContent, type SourceRange } from './slice-document';
import { unsplittableUnitError } from './unsplittable-unit-error';

export type { ChunkLimit } from './chunk-limits';

export type ChunkSsmlOptions = {
  /**
   * What every chunk must fit: one limit, or several that must all hold
   * (Polly: `[{ unit: 'billed-chars', max: 3000 }, { unit: 'utf16', max: 6000 }]`).
   * Default: the dialect's request limits (`getDialectCapabilities(…).limits`:
   * `maxInput`, and `maxTotalInput` where there is one); required for
   * dialects without limits (`w3c`, `espeak`, `text`).
   */
  limit?: ChunkLimit | readonly ChunkLimit[];
  dialect: SsmlDialect;
  voice?: string;
  /** The voice family for the dialect's serializer (see `serializeSsml`). */
  family?: VoiceFamily;
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
  /** Size as the (first) limit counts it. */
  size: number;
  /** Size as each limit counts it, in the order of the limits. */
  sizes: number[];
  /** The source range the chunk covers. */
  range: SourceRange;
  /** Where the next chunk begins: after a paragraph, a sentence, a clause or a word; `end` for the last. */
  cutAfter: CutKind | 'end';
};

/**
 * Splits a document into chunks that each fit the limits once serialized
 * in the dialect, cutting at paragraph and sentence ends first, then clause
 * ends, then between words. Elements a cut passes through (`prosody`,
 * `voice`, `p`…) are closed at the end of one chunk and reopened, with the
 * same attributes, in the next; `say-as`, `sub`, `phoneme`, `audio`,
 * `mark`, `w`/`token` and Google `par`/`seq`/`media` are never cut. An
 * unsplittable unit larger than a limit throws `SsmlChunkError` naming it.
 */
export function chunkSsml(
  document: SsmlDocument,
  options: ChunkSsmlOptions,
): SsmlChunk[] {
  const { dialect, voice, family } = options;
  const limits = resolveChunkLimits(options);
  const bound = spokenCharacterBound(limits);
  const measurer = new ChunkMeasurer({
    document,
    limits,
    serializeOptions: { dialect, voice, family },
  });
  const plain = toPlainText(document);
  const documentEnd = document.source.length;
  const whole = { start: 0, end: documentEnd };
  if (!options.separateParagraphs && plain.text.length <= bound && measurer.fits(whole))
    return [toChunk(measurer.measure(whole), 'end')];
  const cuts = new CutPoints({
    document,
    plain,
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  const last: CutPoint = {
    source: documentEnd,
    plain: plain.text.length,
    kind: 'paragraph',
  };
  const sections = options.separateParagraphs ? [...cuts.paragraph, last] : [last];
  const chunks: SsmlChunk[] = [];
  let start = 0;
  let startPlain = 0;
  // the source's size per spoken character predicts the first chunk's; each chunk, the next's
  let capacity = estimateCapacity({
    sizes: sourceSizes(document.source, limits),
    spoken: plain.text.length,
    limits,
    bound,
  });
  for (const section of sections) {
    while (start < section.source) {
      measurer.forget();
      const rest = { start, end: section.source };
      if (section.plain - startPlain <= bound + 1 && measurer.fits(rest)) {
        const measurement = measurer.measure(rest);
        if (hasContent(measurement.part)) chunks.push(toChunk(measurement, 'paragraph'));
        start = section.source;
        startPlain = section.plain;
        break;
      }
      const fit = furthestFit({
        start,
        startPlain,
        end: section.source,
        cuts,
        measurer,
        bound,
        capacity,
      });
      if (fit === undefined)
        throw unsplittableUnitError({
          document,
          start,
          startPlain,
          plain,
          cuts,
          measurer,
          limits,
        });
      if (hasContent(fit.measurement.part))
        chunks.push(toChunk(fit.measurement, fit.point.kind));
      capacity = estimateCapacity({
        sizes: fit.measurement.sizes,
        spoken: fit.point.plain - startPlain,
        limits,
        bound,
      });
      start = fit.point.source;
      startPlain = fit.point.plain;
    }
  }
  const final = chunks.at(-1);
  if (final !== undefined) final.cutAfter = 'end';
  return chunks;
}

function toChunk(measurement: Measurement, cutAfter: SsmlChunk['cutAfter']): SsmlChunk {
  return {
    document: measurement.part,
    serialized: measurement.serialized,
    size: measurement.sizes[0] as number,
    sizes: measurement.sizes,
    range: measurement.range,
    cutAfter,
  };
}
