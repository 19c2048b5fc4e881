import type { SsmlDocument, SsmlElement } from '../ast';
import { positionAt } from '../source-position';
import type { ChunkLimit } from './chunk-limits';
import type { ChunkMeasurer } from './chunk-measurer';
import type { CutPoints, PlainText } from './cut-points';
import { SsmlChunkError } from './ssml-chunk-error';
import { unsplittableSpans } from './unsplittable-elements';

/**
 * The error for a chunk that cannot end anywhere: from `start` to the next
 * gap between words is too large on its own. Names the unit (the
 * unsplittable element there, else `word`), where it starts, the first
 * limit it exceeds, and the elements around it that every chunk reopens.
 */
export function unsplittableUnitError(options: {
  document: SsmlDocument;
  start: number;
  startPlain: number;
  plain: PlainText;
  cuts: CutPoints;
  measurer: ChunkMeasurer;
  limits: readonly ChunkLimit[];
}): SsmlChunkError {
  const { document, start, measurer } = options;
  const end =
    nextWordGap({ ...options, plainLength: options.plain.text.length }) ??
    document.source.length;
  const element = unsplittableSpans(document.root).find(
    (span) => span.end > start && span.start < end,
  );
  const unitStart = element?.start ?? firstSpoken(options);
  const range = { start, end };
  const { sizes } = measurer.measure(range);
  const exceeded = Math.max(
    0,
    options.limits.findIndex((limit, index) => (sizes[index] as number) > limit.max),
  );
  const limit = options.limits[exceeded] as ChunkLimit;
  const position = positionAt(document.source, unitStart);
  return new SsmlChunkError({
    unit: element?.name ?? 'word',
    line: position.line,
    column: position.column,
    offset: position.offset,
    size: sizes[exceeded] as number,
    limit: limit.max,
    limitUnit: limit.unit,
    enclosingElements: enclosingElements(document.root, unitStart),
  });
}

/** Source offset of the first gap between words after `start`, looking ever further. */
function nextWordGap(options: {
  start: number;
  startPlain: number;
  plainLength: number;
  cuts: CutPoints;
}): number | undefined {
  const { start, startPlain, cuts } = options;
  for (let reach = 64; ; reach *= 4) {
    const toPlain = startPlain + reach;
    const points = cuts.within({ kind: 'word', fromPlain: startPlain, toPlain });
    const point = points.find((candidate) => candidate.source > start);
    if (point !== undefined) return point.source;
    if (toPlain >= options.plainLength) return undefined;
  }
}

/** Names of the elements whose content holds `offset`, outermost first (`speak` included). */
function enclosingElements(root: SsmlElement, offset: number): string[] {
  const names = [root.name];
  let element: SsmlElement | undefined = root;
  while (element !== undefined) {
    const inside: SsmlElement | undefined = element.children.find(
      (child): child is SsmlElement =>
        child.type === 'element' && child.span.start < offset && offset < child.span.end,
    );
    if (inside !== undefined) names.push(inside.name);
    element = inside;
  }
  return names;
}

/** Source offset of the first spoken character after `startPlain`. */
function firstSpoken(options: {
  start: number;
  startPlain: number;
  plain: PlainText;
}): number {
  const { text, sourceMap } = options.plain;
  let offset = options.startPlain;
  while (text[offset] === ' ') offset++;
  return Math.max(options.start, sourceMap.toSourceOffset(offset));
}
