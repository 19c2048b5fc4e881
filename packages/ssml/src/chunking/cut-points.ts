import type { SsmlDocument } from '../ast';
import { splitSentences } from '../sentences/split-sentences';
import { markupBoundaries } from './markup-boundaries';
import {
  indexAfterPlain,
  insideAny,
  type PlainText,
  plainOffsetAtOrAfter,
} from './offset-search';
import { unsplittableSpans } from './unsplittable-elements';

export type { PlainText } from './offset-search';

/** How good a place to cut is: a paragraph end, a sentence end, a clause end, or between words. */
export type CutKind = 'paragraph' | 'sentence' | 'clause' | 'word';

/** A place to cut: its source offset, the spoken-text offset it follows, and its kind. */
export type CutPoint = { source: number; plain: number; kind: CutKind };

const clauseEnd = /[,;:—–][)"'”’»\]]*(?=\s)/gu;
const wordGap = /\s+/gu;

/** Spoken characters split around a window, so `splitSentences` sees the context of its edges. */
const margin = 200;

/**
 * Where a document may be cut, in source offsets, never inside an element
 * that must stay whole (`say-as`, `sub`, `mark`…): paragraph ends (`p`,
 * blank lines in text), sentence ends (`splitSentences` on the spoken
 * text of one paragraph, and `s` elements), clause marks (`,` `;` `:`
 * dashes) and gaps between words. Only paragraph ends are found up front;
 * the others within a window of spoken text where a chunk may end, so a
 * long document is segmented only around its chunks' ends.
 */
export class CutPoints {
  /** Paragraph ends, ascending. */
  readonly paragraph: CutPoint[];
  private readonly plain: PlainText;
  private readonly documentEnd: number;
  private readonly locale: string;
  private readonly wholeSpans: Array<{ start: number; end: number }>;
  /** Ends of `s` elements. */
  private readonly sentenceElements: CutPoint[];

  constructor(options: { document: SsmlDocument; plain: PlainText; locale?: string }) {
    const { document, plain } = options;
    this.plain = plain;
    this.documentEnd = document.source.length;
    this.locale = options.locale ?? document.root.attributes['xml:lang'] ?? 'en';
    this.wholeSpans = unsplittableSpans(document.root);
    const boundaries = markupBoundaries(document);
    const points = (sources: number[], kind: CutKind): CutPoint[] =>
      sources
        .filter((source) => source < this.documentEnd && this.allowed(source))
        .map((source) => ({ source, plain: plainOffsetAtOrAfter(plain, source), kind }));
    this.paragraph = points(boundaries.paragraph, 'paragraph');
    this.sentenceElements = points(boundaries.sentence, 'sentence');
  }

  /**
   * Sentence ends whose spoken offset is in `(fromPlain, toPlain]`,
   * ascending, paragraph ends not included: each paragraph's spoken text
   * in the window (and `margin` around it) goes through `splitSentences`.
   */
  sentencesWithin(window: { fromPlain: number; toPlain: number }): CutPoint[] {
    const fromPlain = Math.floor(window.fromPlain);
    const toPlain = Math.floor(window.toPlain);
    const { text } = this.plain;
    const points: CutPoint[] = [];
    const inWindow = (point: CutPoint) =>
      point.plain > fromPlain && point.plain <= toPlain;
    for (let index = indexAfterPlain(this.paragraph, fromPlain); ; index++) {
      const from = this.paragraph[index - 1] ?? { source: 0, plain: 0 };
      const to = this.paragraph[index] ?? {
        source: this.documentEnd,
        plain: text.length,
      };
      if (from.plain > toPlain) break;
      const sliceStart = Math.max(from.plain, fromPlain - margin);
      const slice = text.slice(sliceStart, Math.min(to.plain, toPlain + margin));
      const sentences = splitSentences(slice, { locale: this.locale });
      // the last end is the paragraph's, or where the slice stops
      for (const sentence of sentences.slice(0, -1)) {
        const plain = sliceStart + sentence.end;
        const source = this.toSource(plain);
        const point: CutPoint = { source, plain, kind: 'sentence' };
        if (source > from.source && source < to.source && inWindow(point))
          if (this.allowed(source) && !this.insideWord(plain)) points.push(point);
      }
      if (index >= this.paragraph.length) break;
    }
    const elements = this.sentenceElements;
    for (let at = indexAfterPlain(elements, fromPlain); at < elements.length; at++) {
      const point = elements[at] as CutPoint;
      if (!inWindow(point)) break;
      points.push(point);
    }
    points.sort((left, right) => left.source - right.source);
    return points.filter((point, index) => points[index - 1]?.source !== point.source);
  }

  /** Clause ends or gaps between words whose spoken offset is in `[fromPlain, toPlain]`, ascending. */
  within(options: {
    kind: 'clause' | 'word';
    fromPlain: number;
    toPlain: number;
  }): CutPoint[] {
    const { kind, toPlain } = options;
    const { text } = this.plain;
    const pattern = new RegExp(kind === 'clause' ? clauseEnd : wordGap);
    pattern.lastIndex = Math.max(0, options.fromPlain);
    const points: CutPoint[] = [];
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const plainOffset = kind === 'clause' ? match.index + match[0].length : match.index;
      if (plainOffset > toPlain) break;
      if (plainOffset === 0) continue;
      const source = this.toSource(plainOffset);
      if (this.allowed(source) && points.at(-1)?.source !== source)
        points.push({ source, plain: plainOffset, kind });
    }
    return points.sort((left, right) => left.source - right.source);
  }

  /**
   * A sentence end with no space after it in a script that writes spaces:
   * `Intl.Segmenter` ends a sentence inside `paragraph 1.F.3` and
   * `version 2.A`. (CJK sentences follow each other with no space.)
   */
  private insideWord(plainOffset: number): boolean {
    const { text } = this.plain;
    const after = text.charCodeAt(plainOffset);
    const before = text.charCodeAt(plainOffset - 1);
    return (
      before < 0x80 && !Number.isNaN(after) && !/\s/u.test(text[plainOffset] as string)
    );
  }

  private toSource(plainOffset: number): number {
    return this.plain.sourceMap.toSourceRange({
      start: plainOffset - 1,
      end: plainOffset,
    }).end;
  }

  private allowed(source: number): boolean {
    return source > 0 && !insideAny(this.wholeSpans, source);
  }
}
