import type { SsmlDocument } from '../ast';
import {
  type SerializeSsmlOptions,
  type SerializeSsmlResult,
  serializeSsml,
} from '../serialize-ssml';
import { toPlainText } from '../to-plain-text';
import type { ChunkLimit } from './chunk-limits';
import { type SourceRange, sliceDocument } from './slice-document';

/** A range of the document as a chunk, with its size in each limit's unit (in order). */
export type Measurement = {
  range: SourceRange;
  part: SsmlDocument;
  serialized: SerializeSsmlResult;
  sizes: number[];
};

type PartialMeasurement = {
  range: SourceRange;
  part: SsmlDocument;
  serialized?: SerializeSsmlResult;
  sizes: Array<number | undefined>;
};

/**
 * Measures ranges of one document against the limits, computing each
 * size only when asked: `fits` checks the billed characters (the spoken
 * text of the slice) before serializing, stops at the first limit
 * exceeded, and remembers what it measured, so a range probed twice and
 * the range finally chosen cost nothing more.
 */
export class ChunkMeasurer {
  private readonly document: SsmlDocument;
  private readonly limits: readonly ChunkLimit[];
  private readonly serializeOptions: SerializeSsmlOptions;
  /** Limit indexes, spoken-text limits first (they need no serialization). */
  private readonly order: number[];
  private readonly measured = new Map<string, PartialMeasurement>();

  constructor(options: {
    document: SsmlDocument;
    limits: readonly ChunkLimit[];
    serializeOptions: SerializeSsmlOptions;
  }) {
    this.document = options.document;
    this.limits = options.limits;
    this.serializeOptions = options.serializeOptions;
    const indexes = this.limits.map((_, index) => index);
    this.order = [
      ...indexes.filter((index) => this.limits[index]?.unit === 'billed-chars'),
      ...indexes.filter((index) => this.limits[index]?.unit !== 'billed-chars'),
    ];
  }

  /** Whether the range, as a chunk, is within every limit (it stops at the first exceeded). */
  fits(range: SourceRange): boolean {
    const measurement = this.partial(range);
    return this.order.every(
      (index) => this.size(measurement, index) <= (this.limits[index] as ChunkLimit).max,
    );
  }

  /** The range as a chunk, serialized, with every size. */
  measure(range: SourceRange): Measurement {
    const measurement = this.partial(range);
    const sizes = this.limits.map((_, index) => this.size(measurement, index));
    return {
      range,
      part: measurement.part,
      serialized: this.serialize(measurement),
      sizes,
    };
  }

  /** Forgets what was measured (the next chunk starts elsewhere). */
  forget(): void {
    this.measured.clear();
  }

  private partial(range: SourceRange): PartialMeasurement {
    const key = `${range.start}:${range.end}`;
    let measurement = this.measured.get(key);
    if (measurement === undefined) {
      measurement = {
        range,
        part: sliceDocument(this.document, range),
        sizes: this.limits.map(() => undefined),
      };
      this.measured.set(key, measurement);
    }
    return measurement;
  }

  private size(measurement: PartialMeasurement, index: number): number {
    const known = measurement.sizes[index];
    if (known !== undefined) return known;
    const limit = this.limits[index] as ChunkLimit;
    let size: number;
    if (limit.unit === 'billed-chars') size = toPlainText(measurement.part).text.length;
    else {
      const { ssml } = this.serialize(measurement);
      size = limit.unit === 'utf16' ? ssml.length : Buffer.byteLength(ssml, 'utf8');
    }
    measurement.sizes[index] = size;
    return size;
  }

  private serialize(measurement: PartialMeasurement): SerializeSsmlResult {
    measurement.serialized ??= serializeSsml(measurement.part, this.serializeOptions);
    return measurement.serialized;
  }
}
