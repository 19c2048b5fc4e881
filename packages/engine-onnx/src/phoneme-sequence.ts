import type { TextSentence } from './text-segmentation';

/** One phoneme (a code point) and the sentence word it belongs to (-1: none). */
export type PhonemeToken = { symbol: string; word: number };

/** Rough phonemes per character: digits and symbols are spoken as words. */
function spokenWeight(text: string): number {
  let weight = 0;
  for (const character of text) {
    if (/\p{N}/u.test(character)) weight += 4;
    else if (/\p{L}/u.test(character)) weight += 1;
    else if (/\p{S}/u.test(character)) weight += 3;
  }
  return Math.max(weight, 1);
}

/**
 * Which text word each phoneme belongs to: the clause's phonemes are shared
 * out in proportion to how long each word is expected to sound (digits and
 * symbols count more than letters), and each cut moves to the nearest gap
 * between phonemized words when one is close. So "42" gets all of
 * "fˈɔːɹɾi tˈuː", and "I am" → "aɪɐm" is split inside the word.
 * Returns, per phonemized word, the owner of each of its code points.
 */
export function assignPhonemes(options: {
  phonemeWords: readonly string[];
  textWords: readonly { text: string }[];
}): number[][] {
  const words = options.phonemeWords.map((word) => [...word]);
  const total = words.reduce((sum, word) => sum + word.length, 0);
  const gaps: number[] = [];
  for (const word of words.slice(0, -1)) gaps.push((gaps.at(-1) ?? 0) + word.length);
  const weights = options.textWords.map((word) => spokenWeight(word.text));
  const weightTotal = weights.reduce((sum, weight) => sum + weight, 0);
  const snapDistance = total / Math.max(1, words.length) / 2;
  const cuts: number[] = [];
  let cumulative = 0;
  for (const weight of weights.slice(0, -1)) {
    cumulative += weight;
    const target = (total * cumulative) / weightTotal;
    const previous = cuts.at(-1) ?? 0;
    const gap = gaps
      .filter((position) => position >= previous && !cuts.includes(position))
      .reduce<number | undefined>(
        (best, position) =>
          best === undefined || Math.abs(position - target) < Math.abs(best - target)
            ? position
            : best,
        undefined,
      );
    const snapped =
      gap !== undefined && Math.abs(gap - target) <= snapDistance
        ? gap
        : Math.round(target);
    cuts.push(Math.max(previous, snapped));
  }
  let position = 0;
  let owner = 0;
  return words.map((word) =>
    word.map(() => {
      while (owner < cuts.length && position >= (cuts[owner] as number)) owner++;
      position++;
      return owner;
    }),
  );
}

/**
 * A sentence as phoneme tokens in Piper's layout: each clause's words
 * (NFD code points) separated by spaces, then the clause punctuation, and a
 * space between clauses. Word indexes point into the sentence's words, in
 * order (clause by clause).
 */
export function sentenceTokens(options: {
  sentence: TextSentence;
  /** The phonemizer's output for each clause of the sentence. */
  clausePhonemes: readonly (readonly string[])[];
}): PhonemeToken[] {
  const { sentence, clausePhonemes } = options;
  const tokens: PhonemeToken[] = [];
  let firstWord = 0;
  sentence.clauses.forEach((clause, clauseIndex) => {
    const phonemeWords = (clausePhonemes[clauseIndex] ?? [])
      .join(' ')
      .normalize('NFD')
      .split(' ')
      .filter((word) => word.length > 0);
    const owners = assignPhonemes({ phonemeWords, textWords: clause.words });
    if (clauseIndex > 0 && tokens.length > 0) tokens.push({ symbol: ' ', word: -1 });
    phonemeWords.forEach((word, index) => {
      if (index > 0) tokens.push({ symbol: ' ', word: -1 });
      [...word].forEach((symbol, position) => {
        tokens.push({ symbol, word: firstWord + (owners[index]?.[position] ?? 0) });
      });
    });
    if (clause.punctuation && phonemeWords.length > 0)
      tokens.push({ symbol: clause.punctuation, word: -1 });
    firstWord += clause.words.length;
  });
  return tokens;
}

/**
 * Splits tokens into runs of at most `limit`, after clause punctuation when
 * possible, else between words, else anywhere. Spaces at the cuts are dropped.
 */
export function splitTokens(
  tokens: readonly PhonemeToken[],
  limit: number,
): PhonemeToken[][] {
  const runs: PhonemeToken[][] = [];
  let rest = tokens.slice();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const isCut = (pattern: RegExp) =>
      window.findLastIndex((token, index) => index > 0 && pattern.test(token.symbol));
    const clauseCut = isCut(/^[,;:.!?]$/);
    const wordCut = isCut(/^ $/);
    const cut = clauseCut > 0 ? clauseCut + 1 : wordCut > 0 ? wordCut : limit;
    runs.push(trimSpaces(rest.slice(0, Math.min(cut, limit))));
    rest = trimSpaces(rest.slice(Math.min(cut, limit)));
  }
  if (rest.length > 0) runs.push(rest);
  return runs.filter((run) => run.length > 0);
}

function trimSpaces(tokens: PhonemeToken[]): PhonemeToken[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && tokens[start]?.symbol === ' ') start++;
  while (end > start && tokens[end - 1]?.symbol === ' ') end--;
  return tokens.slice(start, end);
}
