import type { SsmlDocument, SsmlElement } from '../ast';
import { splitSentences } from '../sentences/split-sentences';
import type { SourceMap } from '../source-map';
import { toPlainText } from '../to-plain-text';
import { unsplittableSpans } from './unsplittable-elements';

/** How good a place to cut is: a paragraph end, a sentence end, a clause end, or between words. */
export type CutKind = 'paragraph' | 'sentence' | 'clause' | 'word';

/** A place to cut: its source offset, and the spoken-text offset it follows. */
export type CutPoint = { source: number; plain: number };

/** Where the document may be cut, by kind, each ascending. */
export type CutPoints = Record<CutKind, CutPoint[]>;

const clauseEnd = /[,;:—–][)"'”’»\]]*(?=\s)/gu;
const wordGap = /\s+/gu;

/**
 * Finds where the document may be cut, in source offsets: after each
 * sentence (`splitSentences` on the spoken text), after each clause mark
 * (`,` `;` `:` dashes) and between words, never inside an element that
 * must stay whole (`say-as`, `sub`, `mark`...).
 */
export function findCutPoints(options: {
  document: SsmlDocument;
  locale?: string;
}): CutPoints {
  const { document } = options;
  const plain = toPlainText(document);
  const toSource = (plainOffset: number) =>
    plain.sourceMap.toSourceRange({ start: plainOffset - 1, end: plainOffset }).end;
  const wholeSpans = unsplittableSpans(document.root);
  const allowed = (offset: number) => !insideAny(wholeSpans, offset);
  const collect = (plainOffsets: Iterable<number>): CutPoint[] => {
    const points = new Map<number, CutPoint>();
    for (const plainOffset of plainOffsets) {
      const source = toSource(plainOffset);
      if (source > 0 && allowed(source) && !points.has(source))
        points.set(source, { source, plain: plainOffset });
    }
    return [...points.values()].sort((left, right) => left.source - right.source);
  };
  const sentences = splitSentences(plain.text, {
    locale: options.locale ?? languageOf(document),
  });
  const paragraphs: CutPoint[] = [];
  for (const source of paragraphEnds(document)) {
    if (source > 0 && source < document.source.length && allowed(source))
      paragraphs.push({ source, plain: plainOffsetAtOrAfter(plain, source) });
  }
  return {
    paragraph: paragraphs,
    sentence: collect(sentences.slice(0, -1).map((sentence) => sentence.end)),
    clause: collect(
      [...plain.text.matchAll(clauseEnd)].map((match) => match.index + match[0].length),
    ),
    word: collect(
      [...plain.text.matchAll(wordGap)]
        .filter((match) => match.index > 0)
        .map((match) => match.index),
    ),
  };
}

/** Ends of `p` elements, and blank lines in text (where plain text has paragraphs). */
function paragraphEnds(document: SsmlDocument): number[] {
  const ends = new Set<number>();
  const stack: SsmlElement[] = [document.root];
  while (stack.length > 0) {
    const element = stack.pop() as SsmlElement;
    for (const child of element.children) {
      if (child.type === 'text') {
        for (const match of child.value.matchAll(/\n[ \t]*\n/g)) {
          if (child.value.length === child.span.end - child.span.start)
            ends.add(child.span.start + match.index);
        }
      } else {
        if (child.name === 'p') ends.add(child.span.end);
        stack.push(child);
      }
    }
  }
  return [...ends].sort((left, right) => left - right);
}

/** Smallest plain-text offset whose source offset is at or after `sourceOffset`. */
function plainOffsetAtOrAfter(
  plain: { text: string; sourceMap: SourceMap },
  sourceOffset: number,
): number {
  let low = 0;
  let high = plain.text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (plain.sourceMap.toSourceOffset(middle) < sourceOffset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function languageOf(document: SsmlDocument): string {
  return document.root.attributes['xml:lang'] ?? 'en';
}

/** Whether `offset` falls strictly inside one of the (sorted) spans. */
function insideAny(
  spans: ReadonlyArray<{ start: number; end: number }>,
  offset: number,
): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const span = spans[middle] as { start: number; end: number };
    if (offset <= span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return true;
  }
  return false;
}
