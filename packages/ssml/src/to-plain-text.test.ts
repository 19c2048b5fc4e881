import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import { vendorDocuments } from './shared-corpus.test-helper';
import { sourceMapProblems } from './source-map.test-helper';
import { textToSsmlDocument } from './text-to-ssml-document';
import { toPlainText } from './to-plain-text';

const plain = (ssml: string) => toPlainText(parseSsml(ssml)).text;

describe('toPlainText', () => {
  it('separates words at sentence, paragraph, voice and break boundaries', () => {
    expect(plain('<speak><s>Hi</s><s>there</s></speak>')).toBe('Hi there');
    expect(plain('<speak><p>One.</p><p>Two.</p></speak>')).toBe('One. Two.');
    expect(plain('<speak>Hello<break time="1s"/>world</speak>')).toBe('Hello world');
    expect(plain('<voice name="a">Hi</voice><voice name="b">you</voice>')).toBe('Hi you');
    expect(plain('<speak>Hel<emphasis>lo</emphasis> w<mark name="m"/>orld</speak>')).toBe(
      'Hello world',
    );
  });

  it('speaks sub aliases and audio fallback, and nothing of desc, lexicon, metadata', () => {
    expect(
      plain(
        '<speak><lexicon uri="x" xml:id="l"/><metadata><x>meta</x></metadata>I use <sub alias="World Wide Web">WWW</sub>.<audio src="a.mp3"><desc>a cat</desc>Meow</audio></speak>',
      ),
    ).toBe('I use World Wide Web. Meow');
  });

  it('collapses whitespace runs and trims the ends', () => {
    expect(plain('<speak>\n\t Hello \r\n  big\t\tworld  \n</speak>')).toBe(
      'Hello big world',
    );
    expect(plain('<speak> <s> a </s> <s> b </s> </speak>')).toBe('a b');
  });

  it('maps every character of decoded text to its source character', () => {
    const source = '<speak>Café &amp; 😀 &#x1F600; naïve</speak>';
    const { text, sourceMap } = toPlainText(parseSsml(source));
    expect(text).toBe('Café & 😀 😀 naïve');
    const ampersand = text.indexOf('&');
    expect(sourceMap.toSourceOffset(ampersand)).toBe(source.indexOf('&amp;'));
    expect(sourceMap.toSourceRange({ start: ampersand, end: ampersand + 1 })).toEqual({
      start: source.indexOf('&amp;'),
      end: source.indexOf('&amp;') + 5,
    });
    const literalEmoji = text.indexOf('😀');
    expect(sourceMap.toSourceOffset(literalEmoji + 1)).toBe(source.indexOf('😀') + 1);
    const entityEmoji = text.lastIndexOf('😀');
    expect(sourceMap.toSourceRange({ start: entityEmoji, end: entityEmoji + 2 })).toEqual(
      {
        start: source.indexOf('&#x1F600;'),
        end: source.indexOf('&#x1F600;') + 9,
      },
    );
    const word = text.indexOf('naïve');
    expect(sourceMap.toSourceRange({ start: word, end: word + 5 })).toEqual({
      start: source.indexOf('naïve'),
      end: source.indexOf('naïve') + 5,
    });
  });

  it('maps a sub alias to the whole sub element', () => {
    const source = '<speak>I use <sub alias="World Wide Web">WWW</sub> daily</speak>';
    const { text, sourceMap } = toPlainText(parseSsml(source));
    const start = text.indexOf('World');
    const element = { start: source.indexOf('<sub'), end: source.indexOf('</sub>') + 6 };
    expect(sourceMap.toSourceRange({ start, end: start + 14 })).toEqual(element);
    expect(sourceMap.toSourceRange({ start: start + 6, end: start + 10 })).toEqual(
      element,
    );
    expect(sourceMap.toSourceOffset(text.indexOf('daily'))).toBe(source.indexOf('daily'));
  });

  it('keeps identity offsets for plain-text documents while collapsing whitespace', () => {
    const source = '  Hello   world\n\tagain  ';
    const { text, sourceMap } = toPlainText(textToSsmlDocument(source));
    expect(text).toBe('Hello world again');
    for (let offset = 0; offset < text.length; offset++) {
      const mapped = sourceMap.toSourceOffset(offset);
      expect(source[mapped]?.replace(/\s/, ' ')).toBe(text[offset]);
    }
    expect(sourceMap.toSourceOffset(text.indexOf('world'))).toBe(10);
    expect(sourceMap.toSourceOffset(text.indexOf('again'))).toBe(17);
    expect(toPlainText(textToSsmlDocument('a &amp; b')).text).toBe('a &amp; b');
  });

  it('produces a consistent, monotonic map for every corpus document', () => {
    for (const document of vendorDocuments().filter((entry) => entry.wellFormedXml)) {
      const { text, sourceMap } = toPlainText(parseSsml(document.source));
      const problems = sourceMapProblems({
        output: text,
        source: document.source,
        sourceMap,
      });
      expect(problems, document.file).toEqual([]);
      for (let offset = 0; offset < text.length; offset++) {
        if (text[offset] === ' ') continue;
        const mapped = sourceMap.toSourceOffset(offset);
        const at = document.source[mapped];
        expect(
          at === text[offset] || at === '&' || at === '<' || at === '\r',
          document.file,
        ).toBe(true);
      }
    }
  });
});
