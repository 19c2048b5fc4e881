import type { SourceMap } from '../source-map';

/** The spoken text of a document and the map from its offsets to the source. */
export type PlainText = { text: string; sourceMap: SourceMap };

/** Index of the first item whose `source` offset is after `offset` (binary search). */
export function indexAfter(
  items: ReadonlyArray<{ source: number }>,
  offset: number,
): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle] as { source: number }).source <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first item whose `plain` offset is after `plainOffset` (binary search). */
export function indexAfterPlain(
  items: ReadonlyArray<{ plain: number }>,
  plainOffset: number,
): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle] as { plain: number }).plain <= plainOffset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Smallest plain-text offset whose source offset is at or after `sourceOffset`. */
export function plainOffsetAtOrAfter(plain: PlainText, sourceOffset: number): number {
  let low = 0;
  let high = plain.text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (plain.sourceMap.toSourceOffset(middle) < sourceOffset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether `offset` falls strictly inside one of the (sorted, disjoint) spans. */
export function insideAny(
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
