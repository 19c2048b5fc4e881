import { describe, expect, it } from 'vitest';
import { canonicalizeSsml } from './canonicalize-ssml';
import { parseSsml } from './parse-ssml';
import { vendorDocuments } from './shared-corpus.test-helper';
import { textToSsmlDocument } from './text-to-ssml-document';
import { toPlainText } from './to-plain-text';

const canonical = (ssml: string) => canonicalizeSsml(parseSsml(ssml));

describe('canonicalizeSsml', () => {
  it('is the same for plain text, a bare speak and a fully declared speak', () => {
    const expected = '<speak>Hi</speak>';
    expect(canonicalizeSsml(textToSsmlDocument('Hi'))).toBe(expected);
    expect(canonical('<speak>Hi</speak>')).toBe(expected);
    expect(
      canonical(
        '<?xml version="1.0" encoding="UTF-8"?>\n<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xmlns:amazon="https://amazon.com">Hi</speak>',
      ),
    ).toBe(expected);
    expect(canonical('Hi')).toBe(expected);
  });

  it.each([
    [
      'whitespace runs',
      '<speak>Hello   big\n\tworld</speak>',
      '<speak>Hello big world</speak>',
    ],
    [
      'whitespace at block edges',
      '<speak>\n  <p>\n    <s> One. </s>\n    <s>Two.</s>\n  </p>\n</speak>',
      '<speak><p><s>One.</s><s>Two.</s></p></speak>',
    ],
    [
      'attribute order',
      '<speak><prosody rate="slow" pitch="low">x</prosody></speak>',
      '<speak><prosody pitch="low" rate="slow">x</prosody></speak>',
    ],
    [
      'quote style',
      "<speak><break time='1s'/></speak>",
      '<speak><break time="1s"/></speak>',
    ],
    [
      'entities versus characters',
      '<speak>&#65;&#x42; &amp; &quot;q&quot;</speak>',
      '<speak>AB &amp; "q"</speak>',
    ],
    [
      'CDATA versus escaped text',
      '<speak><![CDATA[a < b]]></speak>',
      '<speak>a &lt; b</speak>',
    ],
    [
      'comments and processing instructions',
      '<speak>a<!-- note -->b<?pi x?></speak>',
      '<speak>ab</speak>',
    ],
    [
      'empty element forms',
      '<speak><s></s><s/><s> </s></speak>',
      '<speak><s/><s/><s/></speak>',
    ],
    [
      'a fragment and its speak',
      'Hello <break time="1s"/> world',
      '<speak>Hello<break time="1s"/>world</speak>',
    ],
  ])('ignores %s', (_name, left, right) => {
    expect(canonical(left)).toBe(canonical(right));
  });

  it.each([
    ['spoken text', '<speak>Hello</speak>', '<speak>Hallo</speak>'],
    [
      'significant spaces',
      '<speak>Hel<emphasis>lo</emphasis></speak>',
      '<speak>Hel <emphasis>lo</emphasis></speak>',
    ],
    [
      'element',
      '<speak><emphasis>x</emphasis></speak>',
      '<speak><prosody>x</prosody></speak>',
    ],
    [
      'attribute name',
      '<speak><prosody rate="1">x</prosody></speak>',
      '<speak><prosody pitch="1">x</prosody></speak>',
    ],
    [
      'attribute value',
      '<speak><break time="1s"/></speak>',
      '<speak><break time="2s"/></speak>',
    ],
    [
      'xml:lang',
      '<speak xml:lang="en-US">x</speak>',
      '<speak xml:lang="en-GB">x</speak>',
    ],
    ['nesting', '<speak><s>a</s>b</speak>', '<speak><s>a b</s></speak>'],
    [
      'text and markup look-alikes',
      '<speak>&lt;break/&gt;</speak>',
      '<speak><break/></speak>',
    ],
    [
      'sub alias',
      '<speak><sub alias="a">x</sub></speak>',
      '<speak><sub alias="b">x</sub></speak>',
    ],
  ])('differs for a change of %s', (_name, left, right) => {
    expect(canonical(left)).not.toBe(canonical(right));
  });

  it('is stable, and equal canonical forms mean equal plain text across the corpus', () => {
    const byCanonical = new Map<string, string>();
    for (const document of vendorDocuments().filter((entry) => entry.wellFormedXml)) {
      const parsed = parseSsml(document.source);
      const form = canonicalizeSsml(parsed);
      expect(canonicalizeSsml(parseSsml(document.source))).toBe(form);
      const text = toPlainText(parsed).text;
      const previous = byCanonical.get(form);
      if (previous !== undefined) expect(text, document.file).toBe(previous);
      byCanonical.set(form, text);
    }
    expect(byCanonical.size).toBeGreaterThan(250);
  });
});
