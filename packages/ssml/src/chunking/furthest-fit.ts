import type { ChunkMeasurer, Measurement } from './chunk-measurer';
import type { CutPoint, CutPoints } from './cut-points';
import { lastFitting } from './last-fitting';
import { indexAfter } from './offset-search';

/** How far below the estimated end sentence ends are looked for first, in spoken characters. */
const nearEstimate = 400;

/**
 * The longest chunk from `start` that ends at a cut of the best kind that
 * fits: the last paragraph or sentence end that fits, else the last clause
 * end before the first sentence end, else the last gap between words
 * there. Every unit counts at least the spoken text, so only cuts within
 * `bound` spoken characters are candidates; sizes grow with the end, so
 * the last candidate that fits is found by a search that starts at the
 * estimate `capacity` (spoken characters that fit, from the previous
 * chunk): about two measurements per kind when the estimate is good.
 */
export function furthestFit(options: {
  start: number;
  startPlain: number;
  /** The chunk must end before this offset (a paragraph end, or the document's). */
  end: number;
  cuts: CutPoints;
  measurer: ChunkMeasurer;
  bound: number;
  capacity: number;
}): { measurement: Measurement; point: CutPoint } | undefined {
  const { start, end, cuts } = options;
  // `plain` of a cut is after its last character, `startPlain` before the space that follows
  const reach = options.startPlain + options.bound + 1;
  const paragraphs = cuts.paragraph;
  const paragraphIndex = indexAfter(paragraphs, start);
  const candidates: CutPoint[] = [];
  for (let index = paragraphIndex; index < paragraphs.length; index++) {
    const point = paragraphs[index] as CutPoint;
    if (point.plain > reach || point.source >= end) break;
    candidates.push(point);
  }
  const paragraph = lastFit(options, candidates);
  // sentence ends after the last paragraph end that fits, up to the next one: first those
  // near the estimate, then, if none of them fits, those before
  const regionStart = paragraph?.source ?? start;
  const regionEnd = Math.min(
    end,
    paragraphs[indexAfter(paragraphs, regionStart)]?.source ?? end,
  );
  const inRegion = (point: CutPoint) =>
    point.source > regionStart && point.source < regionEnd;
  const regionPlain = paragraph?.plain ?? options.startPlain;
  const windowStart = Math.max(
    regionPlain,
    options.startPlain + options.capacity - nearEstimate,
  );
  const near = cuts
    .sentencesWithin({ fromPlain: windowStart, toPlain: reach })
    .filter(inRegion);
  let sentence = lastFit(options, near);
  let first = near[0];
  if (sentence === undefined && windowStart > regionPlain) {
    const before = cuts
      .sentencesWithin({ fromPlain: regionPlain, toPlain: windowStart })
      .filter(inRegion);
    sentence = lastFit(options, before);
    first = before[0] ?? first;
  }
  let best = sentence ?? paragraph;
  const nextSentence = first?.source ?? regionEnd;
  for (const kind of ['clause', 'word'] as const) {
    if (best !== undefined) break;
    const found = cuts.within({ kind, fromPlain: options.startPlain, toPlain: reach });
    best = lastFit(
      options,
      found.filter((point) => point.source > start && point.source <= nextSentence),
    );
  }
  if (best === undefined) return undefined;
  return {
    measurement: options.measurer.measure({ start, end: best.source }),
    point: best,
  };
}

/** The last of the ascending candidates whose chunk from `start` fits. */
function lastFit(
  options: {
    start: number;
    startPlain: number;
    end: number;
    measurer: ChunkMeasurer;
    capacity: number;
  },
  candidates: readonly CutPoint[],
): CutPoint | undefined {
  const { start, measurer } = options;
  const usable = candidates.filter((point) => point.source < options.end);
  const estimate = options.startPlain + options.capacity;
  let guess = 0;
  while (guess + 1 < usable.length && (usable[guess + 1] as CutPoint).plain <= estimate)
    guess++;
  const index = lastFitting({
    count: usable.length,
    guess,
    fits: (candidate) =>
      measurer.fits({ start, end: (usable[candidate] as CutPoint).source }),
  });
  return usable[index];
}
