import { abbreviationsFor, type ResolvedAbbreviations } from './abbreviations';
import { cutLongText } from './cut-long-text';
import { applyListMarkers } from './list-markers';

/** One sentence: `text` is `source.slice(start, end)`, trimmed of surrounding whitespace. */
export type Sentence = { text: string; start: number; end: number };

export type SplitSentencesOptions = {
  /** BCP-47 locale for `Intl.Segmenter` and the abbreviation lists. Default `en`. */
  locale?: string;
  /**
   * Longest piece handed to `Intl.Segmenter` at once, in UTF-16 units. ICU is
   * superlinear on long strings (1 s for 200 KB), so longer paragraphs are
   * first cut at a likely sentence end. Default 8 000.
   */
  maxPieceLength?: number;
};

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * Splits text into sentences: `Intl.Segmenter` (Unicode UAX #29, which
 * handles decimals, URLs, quotes, CJK and other scripts' terminators) with
 * a guard for what it gets wrong: titles and initials (`Dr. Smith`,
 * `Mr. and Mrs. Jones`, `Jonas E. Smith`), abbreviations followed by a
 * lowercase word or a number (`a.m. today`, `p. 55`), list markers (`1.`)
 * and stray closing punctuation. Offsets index `text`.
 */
export function splitSentences(
  text: string,
  options: SplitSentencesOptions = {},
): Sentence[] {
  const locale = options.locale ?? 'en';
  const segmenter = segmenterFor(locale);
  const abbreviations = abbreviationsFor(locale);
  const boundaries: number[] = [];
  for (const piece of cutLongText(text, options.maxPieceLength ?? 8_000)) {
    const pieceText = text.slice(piece.start, piece.end);
    const cuts: number[] = [];
    for (const segment of segmenter.segment(pieceText))
      if (segment.index > 0) cuts.push(segment.index);
    // full stops ICU does not know, e.g. Armenian `։` (and `:` used for it)
    if (abbreviations.extraTerminators !== undefined) {
      for (const match of pieceText.matchAll(abbreviations.extraTerminators))
        cuts.push(match.index + match[0].length);
      cuts.sort((left, right) => left - right);
    }
    for (const cut of cuts) boundaries.push(piece.start + cut);
    boundaries.push(piece.end);
  }
  const sentences: Sentence[] = [];
  const listed = applyListMarkers({ text, boundaries });
  const found = new Set(boundaries);
  const forced = new Set(listed.filter((boundary) => !found.has(boundary)));
  let start = 0;
  for (const boundary of listed) {
    if (boundary <= start) continue;
    const next = text.slice(boundary, boundary + 80);
    if (
      !forced.has(boundary) &&
      boundary < text.length &&
      continuesSentence({ text, start, end: boundary, next, abbreviations })
    )
      continue;
    pushTrimmed(sentences, text, start, boundary);
    start = boundary;
  }
  if (start < text.length) pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

function pushTrimmed(
  sentences: Sentence[],
  text: string,
  start: number,
  end: number,
): void {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from] as string)) from++;
  while (to > from && /\s/u.test(text[to - 1] as string)) to--;
  if (to > from) sentences.push({ text: text.slice(from, to), start: from, end: to });
}

/** The last whitespace-separated token of `text.slice(start, end)`, scanned from the end. */
function lastTokenBefore(text: string, start: number, end: number): string {
  let to = end;
  while (to > start && /\s/u.test(text[to - 1] as string)) to--;
  let from = to;
  while (from > start && !/\s/u.test(text[from - 1] as string)) from--;
  return text.slice(from, to);
}
/** Ends with a sentence terminator of some script, then closing quotes or brackets. */
const terminated = /[.!?…。！？‼⁇⁈⁉؟۔।॥։።፧᙮။\u0964:;]["'”’»)\]]*$/u;
const firstWord = /^\s*["'“‘«([]*(\S*)/u;

/** Whether the segment `[start, end)` ends inside a sentence that goes on after `end`. */
function continuesSentence(options: {
  text: string;
  start: number;
  end: number;
  next: string;
  abbreviations: ResolvedAbbreviations;
}): boolean {
  const { text, start, end, next, abbreviations } = options;
  if (/\n[ \t]*\n/.test(text.slice(Math.max(start, end - 4), end))) return false;
  // ICU ends a sentence inside a token such as "1.F.3" or "2.A": no space, so no end
  if (text[end - 1] === '.' && /[\p{L}\p{N}]/u.test(text[end] ?? '')) return true;
  const token = lastTokenBefore(text, start, end);
  // only the tail of a long segment matters (it may hold many merged sentences)
  const segment = text.slice(Math.max(start, end - token.length - 200), end);
  const following = firstWord.exec(next)?.[1] ?? '';
  if (following === '') return false;
  const startsLower = /^\p{Ll}/u.test(following);
  const startsDigit = /^\p{N}/u.test(following);
  // closing punctuation ICU left on its own belongs to the previous sentence
  if (
    /^[)\]"'”’»]+[.!?]*$/u.test(following) &&
    next.trimStart().length === following.length
  )
    return true;
  if (!token.endsWith('.')) return startsLower && !/[?。！？]["'”’»)]*$/u.test(token);
  // a sentence that has not reached a terminator goes on (ICU cuts after some quotes and brackets)
  if (!terminated.test(segment.trimEnd())) return true;
  const bare = token.replace(/^[("'“‘«[]+/u, '').replace(/^\p{L}+['’](?=\p{L})/u, '');
  const word = bare.slice(0, -1).toLowerCase();
  if (word === '') return false;
  if (abbreviations.titles.has(word)) return true;
  if (/^\p{Lu}$/u.test(bare.slice(0, -1))) {
    // an initial: "Jonas E. Smith" (a capitalized word before it), not "you and I."
    const previous = lastTokenBefore(segment, 0, segment.length - token.length);
    if (/^\p{Lu}/u.test(previous) && /^\p{Lu}/u.test(following)) return true;
  }
  // ordinals and Roman numerals with a period: "7. April", "XII. Pluk" (German, Slavic, Nordic)
  if (
    abbreviations.ordinalPeriod &&
    /^(?:\d{1,2}|[IVXLC]{1,6})\.$/u.test(bare) &&
    /^\p{L}/u.test(following)
  )
    return true;
  if (
    abbreviations.abbreviations.has(word) &&
    (startsLower || startsDigit || next.trimStart().startsWith('('))
  )
    return true;
  // a list marker alone: "1." or "a." followed by its item
  if (segment.trim() === token && /^(?:\d{1,3}|[a-z])\.$/iu.test(token)) return true;
  return startsLower;
}
