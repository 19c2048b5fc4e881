import { describe, expect, it } from 'vitest';
import { assignPhonemes, sentenceTokens, splitTokens } from './phoneme-sequence';
import { segmentText } from './text-segmentation';

function owners(phonemes: string, text: string): string[] {
  const phonemeWords = phonemes.split(' ');
  const textWords = text.split(' ').map((word) => ({ text: word }));
  const assigned = assignPhonemes({ phonemeWords, textWords });
  return textWords.map((_, index) =>
    phonemeWords
      .map((word, wordIndex) =>
        [...word]
          .filter((_symbol, position) => assigned[wordIndex]?.[position] === index)
          .join(''),
      )
      .filter(Boolean)
      .join(' '),
  );
}

describe('assignPhonemes', () => {
  it('pairs words one to one when they line up', () => {
    expect(
      owners('həlˈoʊ fɹʌm ðə kənfˈɔːɹməns swˈiːt', 'Hello from the conformance suite'),
    ).toEqual(['həlˈoʊ', 'fɹʌm', 'ðə', 'kənfˈɔːɹməns', 'swˈiːt']);
  });

  it('gives a number all the words it is spoken as, and splits merged words', () => {
    expect(owners('aɪɐm fˈɔːɹɾi tˈuː tədˈeɪ', 'I am 42 today')).toEqual([
      'a',
      'ɪɐm',
      'fˈɔːɹɾi tˈuː',
      'tədˈeɪ',
    ]);
  });
});

describe('sentenceTokens', () => {
  it('lays a sentence out as Piper does: words, clause punctuation, spaces', () => {
    const [sentence] = segmentText('Hello world, how are you?');
    const tokens = sentenceTokens({
      sentence: sentence as NonNullable<typeof sentence>,
      clausePhonemes: [['həlˈoʊ wˈɜːld'], ['hˈaʊ ɑːɹ juː']],
    });
    expect(tokens.map((token) => token.symbol).join('')).toBe(
      'həlˈoʊ wˈɜːld, hˈaʊ ɑːɹ juː?',
    );
    expect(
      tokens
        .filter((token) => token.word === 2)
        .map((token) => token.symbol)
        .join(''),
    ).toBe('hˈaʊ');
    expect(tokens.filter((token) => token.word < 0).map((token) => token.symbol)).toEqual(
      [' ', ',', ' ', ' ', ' ', '?'],
    );
  });
});

describe('splitTokens', () => {
  const tokens = [...'ab cd, ef gh.'].map((symbol) => ({ symbol, word: 0 }));
  const text = (runs: { symbol: string }[][]) =>
    runs.map((run) => run.map((token) => token.symbol).join(''));

  it('keeps runs within the limit, cutting after clause punctuation first', () => {
    expect(text(splitTokens(tokens, 9))).toEqual(['ab cd,', 'ef gh.']);
  });

  it('cuts between words, then anywhere', () => {
    expect(text(splitTokens(tokens, 4))).toEqual(['ab', 'cd,', 'ef', 'gh.']);
    expect(text(splitTokens(tokens.slice(0, 2), 1))).toEqual(['a', 'b']);
  });
});
