import { type SourceMap, type SsmlDocument, toPlainText } from '@ttskit/ssml';
import type { EngineV1WordTiming } from '../spec/v1/engine-v1-result';
import type { WordTiming } from './synthesis-request';

/**
 * A word located in the document's plain text. Equivalent documents (same
 * request key) share one plain text, so these offsets are valid for every
 * caller whatever whitespace or quoting their source used.
 */
export type PlainWordTiming = {
  text: string;
  startMs: number;
  endMs: number;
  plainStart: number;
  plainEnd: number;
};

export type PlainText = { text: string; sourceMap: SourceMap };

const plainTexts = new WeakMap<SsmlDocument, PlainText>();

/** `toPlainText(document)`, computed once per document however many steps need it. */
export function plainTextOf(document: SsmlDocument): PlainText {
  let plain = plainTexts.get(document);
  if (!plain) {
    plain = toPlainText(document);
    plainTexts.set(document, plain);
  }
  return plain;
}

/** Smallest plain-text offset whose source offset is at or after `sourceOffset`. */
function plainOffsetAtOrAfter(plain: PlainText, sourceOffset: number): number {
  let low = 0;
  let high = plain.text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (plain.sourceMap.toSourceOffset(middle) < sourceOffset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Engine offsets (into its lowered input) → plain-text offsets. */
export function wordsToPlainText(options: {
  words: readonly EngineV1WordTiming[];
  loweredMap: SourceMap;
  plain: PlainText;
}): PlainWordTiming[] {
  const { words, loweredMap, plain } = options;
  return words.map((word) => {
    const source = loweredMap.toSourceRange({
      start: word.inputStart,
      end: word.inputEnd,
    });
    const plainStart = plainOffsetAtOrAfter(plain, source.start);
    const plainEnd = Math.max(plainStart, plainOffsetAtOrAfter(plain, source.end));
    const text = plain.text.slice(plainStart, plainEnd).trim() || word.text;
    return { text, startMs: word.startMs, endMs: word.endMs, plainStart, plainEnd };
  });
}

/** Plain-text offsets → offsets into the caller's own source string. */
export function wordsToSource(options: {
  words: readonly PlainWordTiming[];
  plain: PlainText;
}): WordTiming[] {
  const { words, plain } = options;
  return words.map((word) => {
    const range =
      word.plainEnd > word.plainStart
        ? plain.sourceMap.toSourceRange({ start: word.plainStart, end: word.plainEnd })
        : {
            start: plain.sourceMap.toSourceOffset(word.plainStart),
            end: plain.sourceMap.toSourceOffset(word.plainStart),
          };
    return {
      text: word.text,
      startMs: word.startMs,
      endMs: word.endMs,
      sourceStart: range.start,
      sourceEnd: range.end,
    };
  });
}

/** Words located in one plain text (a chunk's) → the same words in another (the document's). */
export function remapPlainWords(options: {
  words: readonly PlainWordTiming[];
  from: PlainText;
  to: PlainText;
  shiftMs: number;
}): PlainWordTiming[] {
  const { words, from, to, shiftMs } = options;
  return words.map((word) => {
    const source =
      word.plainEnd > word.plainStart
        ? from.sourceMap.toSourceRange({ start: word.plainStart, end: word.plainEnd })
        : {
            start: from.sourceMap.toSourceOffset(word.plainStart),
            end: from.sourceMap.toSourceOffset(word.plainStart),
          };
    const plainStart = plainOffsetAtOrAfter(to, source.start);
    const plainEnd = Math.max(plainStart, plainOffsetAtOrAfter(to, source.end));
    return {
      text: word.text,
      startMs: word.startMs + shiftMs,
      endMs: word.endMs + shiftMs,
      plainStart,
      plainEnd,
    };
  });
}
