import { parseSsml, SourceMap, serializeSsml, textToSsmlDocument } from '@ttskit/ssml';
import { describe, expect, it } from 'vitest';
import { createSsmlTextView } from './ssml-text-view';
import { WordLocator } from './word-locator';

const voice = 'en-US-AvaMultilingualNeural';

function locatorFor(input: string, inputType: 'text' | 'ssml') {
  const document = inputType === 'text' ? textToSsmlDocument(input) : parseSsml(input);
  const { ssml, sourceMap } = serializeSsml(document, { dialect: 'azure', voice });
  return { ssml, locator: new WordLocator(ssml, sourceMap) };
}

describe('createSsmlTextView', () => {
  it('keeps character data, decodes entities and skips tags, comments and quoted >', () => {
    const ssml =
      '<a x="1>2">A&amp;B<!-- c > d --><![CDATA[<x>]]>&#x4E16;&#30028;&bogus;</a>';
    const view = createSsmlTextView(ssml);
    expect(view.text).toBe('A&B<x>世界&bogus;');
    expect(ssml.slice(view.starts[1], view.ends[1])).toBe('&amp;');
    expect(ssml.slice(view.starts[6], view.ends[6])).toBe('&#x4E16;');
  });
});

describe('WordLocator', () => {
  it('uses the SDK offset when it points at the word', () => {
    const { ssml, locator } = locatorFor('Hello hello', 'text');
    const second = ssml.lastIndexOf('hello');
    // the SDK's own search would find the first one; trust a valid offset
    expect(locator.locate({ text: 'hello', textOffset: second })).toEqual({
      start: 6,
      end: 11,
    });
  });

  it('searches after the last word when the offset is -1 or wrong', () => {
    const input = 'AT&T and AT&T';
    const { locator } = locatorFor(input, 'text');
    expect(locator.locate({ text: 'AT&T', textOffset: -1 })).toEqual({
      start: 0,
      end: 4,
    });
    expect(locator.locate({ text: 'and', textOffset: 3 })).toEqual({ start: 5, end: 8 });
    expect(locator.locate({ text: 'AT&T', textOffset: -1 })).toEqual({
      start: 9,
      end: 13,
    });
  });

  it('falls back to a case-insensitive match, then to an empty range at the last word', () => {
    const { locator } = locatorFor('Hello World', 'text');
    expect(locator.locate({ text: 'hello', textOffset: -1 })).toEqual({
      start: 0,
      end: 5,
    });
    expect(locator.locate({ text: 'missing', textOffset: -1 })).toEqual({
      start: 5,
      end: 5,
    });
    expect(locator.locate({ text: 'world', textOffset: -1 })).toEqual({
      start: 6,
      end: 11,
    });
  });

  it('never matches inside tags or attribute values', () => {
    const input = '<speak><sub alias="web">WWW</sub> web</speak>';
    const { locator } = locatorFor(input, 'ssml');
    const range = locator.locate({ text: 'web', textOffset: -1 });
    expect(input.slice(range.start, range.end)).toBe('web');
    expect(range.start).toBe(input.lastIndexOf('web'));
  });

  it('maps astral characters and entities in SSML input by UTF-16 offsets', () => {
    const input = '<speak>😀 caf&#233; &amp; 世界</speak>';
    const { locator } = locatorFor(input, 'ssml');
    const cafe = locator.locate({ text: 'café', textOffset: -1 });
    const world = locator.locate({ text: '世界', textOffset: -1 });
    expect(input.slice(world.start, world.end)).toBe('世界');
    expect(cafe.start).toBe(10);
  });

  it('maps through any source map', () => {
    const locator = new WordLocator('<speak>ab</speak>', SourceMap.identity(17));
    expect(locator.locate({ text: 'ab', textOffset: 7 })).toEqual({ start: 7, end: 9 });
  });
});
