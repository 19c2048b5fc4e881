import { describe, expect, it } from 'vitest';
import type { SsmlElement, SsmlNode, SsmlText } from './ast';
import { parseSsml } from './parse-ssml';
import { vendorDocuments } from './shared-corpus.test-helper';

const element = (node: SsmlNode | undefined) => node as SsmlElement;
const text = (node: SsmlNode | undefined) => node as SsmlText;

describe('parseSsml', () => {
  it('records spans, lines and columns of elements and text', () => {
    const source =
      '<speak>\n  <p>Hi <emphasis level="strong">there</emphasis></p>\n</speak>';
    const { root } = parseSsml(source);
    expect(root.span).toEqual({ start: 0, end: source.length, line: 1, column: 1 });
    const paragraph = element(root.children[1]);
    expect(paragraph.name).toBe('p');
    expect(paragraph.span).toEqual({ start: 10, end: 61, line: 2, column: 3 });
    expect(source.slice(paragraph.span.start, paragraph.span.end)).toBe(
      '<p>Hi <emphasis level="strong">there</emphasis></p>',
    );
    const emphasis = element(paragraph.children[1]);
    expect(emphasis.attributes).toEqual({ level: 'strong' });
    expect(emphasis.span).toMatchObject({ line: 2, column: 9 });
    expect(text(emphasis.children[0])).toEqual({
      type: 'text',
      value: 'there',
      span: { start: 41, end: 46, line: 2, column: 34 },
    });
    expect(text(root.children[0]).value).toBe('\n  ');
  });

  it('counts CRLF as one line break and keeps columns in UTF-16 units', () => {
    const source = '<speak>\r\n😀 <s>one</s>\r\n<s>two</s></speak>';
    const { root } = parseSsml(source);
    const [first, one, between, two] = root.children;
    expect(text(first).value).toBe('\n😀 ');
    expect(element(one).span).toMatchObject({ start: 12, line: 2, column: 4 });
    expect(text(between).value).toBe('\n');
    expect(element(two).span).toMatchObject({ start: 24, line: 3, column: 1 });
  });

  it('decodes entities and character references in text and attributes', () => {
    const source =
      '<speak><sub alias="A &amp; B&#10;">x</sub>&lt;&gt;&amp;&quot;&apos;&#65;&#x1F600;</speak>';
    const { root } = parseSsml(source);
    expect(element(root.children[0]).attributes.alias).toBe('A & B\n');
    const data = text(root.children[1]);
    expect(data.value).toBe('<>&"\'A😀');
    expect(source.slice(data.span.start, data.span.end)).toBe(
      '&lt;&gt;&amp;&quot;&apos;&#65;&#x1F600;',
    );
  });

  it('normalises whitespace in attribute values and line ends in text', () => {
    const { root } = parseSsml('<speak><mark name="a\tb\r\nc"/>x\r\ny\rz</speak>');
    expect(element(root.children[0]).attributes.name).toBe('a b c');
    expect(text(root.children[1]).value).toBe('x\ny\nz');
  });

  it('keeps CDATA content as text whose span covers the section', () => {
    const source = '<speak>a <![CDATA[<b> & c]]> d</speak>';
    const { root } = parseSsml(source);
    const cdata = text(root.children[1]);
    expect(cdata).toMatchObject({
      value: '<b> & c',
      cdata: true,
      span: { start: 9, end: 28 },
    });
    expect(source.slice(cdata.span.start, cdata.span.end)).toBe('<![CDATA[<b> & c]]>');
  });

  it('accepts undeclared prefixes and keeps names as written', () => {
    const { root } = parseSsml(
      '<speak><amazon:effect name="whispered"><mstts:express-as style="cheerful" mstts:x="1">hi</mstts:express-as></amazon:effect></speak>',
    );
    const effect = element(root.children[0]);
    expect(effect.name).toBe('amazon:effect');
    expect(element(effect.children[0])).toMatchObject({
      name: 'mstts:express-as',
      attributes: { style: 'cheerful', 'mstts:x': '1' },
    });
  });

  it('keeps attributes in source order, including __proto__ as a plain key', () => {
    const { root } = parseSsml(
      '<speak><voice z="1" a="2" __proto__="3">x</voice></speak>',
    );
    const voice = element(root.children[0]);
    expect(Object.keys(voice.attributes)).toEqual(['z', 'a', '__proto__']);
    expect(Object.getPrototypeOf(voice.attributes)).toBe(Object.prototype);
  });

  it('ignores the XML declaration, comments, processing instructions and a plain DOCTYPE', () => {
    const source =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE speak PUBLIC "-//W3C//DTD SYNTHESIS 1.0//EN" "http://www.w3.org/TR/speech-synthesis/synthesis.dtd">\n<!-- intro --><?app data?><speak>a<!-- x -->b<?pi?></speak>\n<!-- end -->';
    const { root } = parseSsml(source);
    expect(root.span.start).toBe(source.indexOf('<speak>'));
    expect(root.children.map((node) => text(node).value)).toEqual(['a', 'b']);
  });

  it('skips a leading byte-order mark while offsets keep indexing the original input', () => {
    const source = '\uFEFF<?xml version="1.0"?><speak>Hi</speak>';
    const { root } = parseSsml(source);
    expect(root.span).toEqual({ start: 22, end: source.length, line: 1, column: 23 });
    expect(text(root.children[0]).span.start).toBe(29);
  });

  describe('fragments', () => {
    it('wraps text and elements without a speak root in a synthetic speak', () => {
      const source = "Hello. <break time='500ms'/> Bye.";
      const { root } = parseSsml(source);
      expect(root).toMatchObject({
        name: 'speak',
        attributes: {},
        span: { start: 0, end: source.length, line: 1, column: 1 },
      });
      expect(root.children.map((node) => node.type)).toEqual(['text', 'element', 'text']);
      expect(element(root.children[1]).attributes).toEqual({ time: '500ms' });
    });

    it('wraps plain text, a lone non-speak element, and empty input', () => {
      expect(parseSsml('just words').root.children).toHaveLength(1);
      const prosody = parseSsml('<prosody rate="slow">Hi</prosody>').root;
      expect(prosody.name).toBe('speak');
      expect(element(prosody.children[0]).name).toBe('prosody');
      expect(parseSsml('').root).toMatchObject({
        name: 'speak',
        children: [],
        span: { end: 0 },
      });
      expect(parseSsml('<!-- only a comment -->').root.children).toEqual([]);
    });

    it('uses a top-level speak as the root, with whitespace around it', () => {
      const { root } = parseSsml('\n  <speak xml:lang="en-US">x</speak>\n');
      expect(root).toMatchObject({
        attributes: { 'xml:lang': 'en-US' },
        span: { start: 3 },
      });
    });
  });

  it('handles a deeply nested but allowed document and a large one', () => {
    const nested = `${'<prosody rate="slow">'.repeat(60)}x${'</prosody>'.repeat(60)}`;
    let node: SsmlNode | undefined = parseSsml(nested).root;
    let depth = 0;
    while (node?.type === 'element') {
      node = node.children[0];
      depth++;
    }
    expect(depth).toBe(61);
    const corpus = vendorDocuments()
      .filter((document) => document.wellFormedXml)
      .map((document) => document.source.replace(/<\?xml[^>]*\?>/, ''));
    const big = `<speak>${corpus.join('\n')}</speak>`;
    expect(parseSsml(big).root.children.length).toBeGreaterThan(300);
  });
});
