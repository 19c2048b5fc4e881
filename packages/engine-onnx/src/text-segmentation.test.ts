import { describe, expect, it } from 'vitest';
import { segmentText } from './text-segmentation';

function shape(input: string) {
  return segmentText(input).map((sentence) =>
    sentence.clauses.map(
      (clause) =>
        `${clause.words.map((word) => word.text).join(' ')}${clause.punctuation}`,
    ),
  );
}

describe('segmentText', () => {
  it('splits sentences and clauses and keeps their punctuation', () => {
    expect(shape('Hello world, how are you? Fine; thanks. Bye!')).toEqual([
      ['Hello world,', 'how are you?'],
      ['Fine;', 'thanks.'],
      ['Bye!'],
    ]);
  });

  it('keeps word offsets into the input, without surrounding punctuation', () => {
    const input = '  "Well," she said (quietly).';
    const words = segmentText(input).flatMap((sentence) =>
      sentence.clauses.flatMap((clause) => clause.words),
    );
    expect(words.map((word) => input.slice(word.start, word.end))).toEqual([
      'Well',
      'she',
      'said',
      'quietly',
    ]);
  });

  it('does not end a sentence before a lower-case word, in numbers or on symbols', () => {
    expect(shape('See e.g. this, 1,234.5 $3 — done')).toEqual([
      ['See e.g this,', '1,234.5 $3,', 'done'],
    ]);
  });

  it('ends a sentence at a blank line and gives nothing for blank input', () => {
    expect(shape('Title\n\nBody text')).toEqual([['Title.'], ['Body text']]);
    expect(segmentText('  \n ')).toEqual([]);
    expect(segmentText('...')).toEqual([]);
  });
});
