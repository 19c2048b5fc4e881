import { describe, expect, it } from 'vitest';
import { canonicalizeSsml } from './canonicalize-ssml';
import { parseSsml } from './parse-ssml';
import { serializeSsml } from './serialize-ssml';
import { vendorDocuments } from './shared-corpus.test-helper';
import { sourceMapProblems } from './source-map.test-helper';
import { textToSsmlDocument } from './text-to-ssml-document';
import { xmlWellFormednessError } from './xml-well-formed.test-helper';

const w3c = (document: Parameters<typeof serializeSsml>[0]) =>
  serializeSsml(document, { dialect: 'w3c' });

describe('serializeSsml w3c', () => {
  it('adds version and xmlns to the root when missing and keeps xml:lang', () => {
    expect(w3c(parseSsml('<speak xml:lang="en-GB">Hi</speak>')).ssml).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-GB">Hi</speak>',
    );
    expect(w3c(parseSsml('<speak version="1.0" xml:lang="de">Hi</speak>')).ssml).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="de">Hi</speak>',
    );
    expect(w3c(textToSsmlDocument('')).ssml).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis"/>',
    );
  });

  it('keeps every element and attribute, vendor extensions included', () => {
    const source =
      '<speak><amazon:effect name="whispered">a<break strength="weak"/>b</amazon:effect><mstts:express-as style="calm">c</mstts:express-as></speak>';
    expect(w3c(parseSsml(source)).ssml).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis"><amazon:effect name="whispered">a<break strength="weak"/>b</amazon:effect><mstts:express-as style="calm">c</mstts:express-as></speak>',
    );
  });

  it('escapes text and attribute values', () => {
    const document = parseSsml(
      '<speak><sub alias="&quot;A&quot; &amp; &lt;B&gt; &#10;">x</sub>1 &lt; 2 &amp;&amp; 3 &gt; 2 <![CDATA[<&>]]></speak>',
    );
    const { ssml } = w3c(document);
    expect(ssml).toContain('<sub alias="&quot;A&quot; &amp; &lt;B> &#10;">x</sub>');
    expect(ssml).toContain('1 &lt; 2 &amp;&amp; 3 &gt; 2 &lt;&amp;&gt;</speak>');
    expect(xmlWellFormednessError(ssml)).toBeUndefined();
    expect(parseSsml(ssml).root.children[0]).toMatchObject({
      attributes: { alias: '"A" & <B> \n' },
    });
  });

  it('maps text back to the caller source, entities as whole references', () => {
    const source = '<speak>Tom &amp; Jerry</speak>';
    const { ssml, sourceMap } = w3c(parseSsml(source));
    const amp = ssml.indexOf('&amp;');
    expect(sourceMap.toSourceRange({ start: amp, end: amp + 5 })).toEqual({
      start: 11,
      end: 16,
    });
    const jerry = ssml.indexOf('Jerry');
    expect(sourceMap.toSourceRange({ start: jerry, end: jerry + 5 })).toEqual({
      start: 17,
      end: 22,
    });
  });

  it('maps plain text through escaping: "a & b" round-trips', () => {
    const text = 'a & b < c';
    const { ssml, sourceMap } = w3c(textToSsmlDocument(text));
    const body = ssml.slice(ssml.indexOf('>') + 1, ssml.lastIndexOf('<'));
    expect(body).toBe('a &amp; b &lt; c');
    const bodyStart = ssml.indexOf('>') + 1;
    const offsets = Array.from(body, (_, index) =>
      sourceMap.toSourceOffset(bodyStart + index),
    );
    expect(offsets).toEqual([0, 1, 2, 2, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 7, 8]);
    const b = ssml.indexOf('b');
    expect(sourceMap.toSourceRange({ start: b, end: b + 1 })).toEqual({
      start: 4,
      end: 5,
    });
  });

  it('writes every corpus document as well-formed XML that parses back to the same canonical form', () => {
    for (const document of vendorDocuments().filter((entry) => entry.wellFormedXml)) {
      const parsed = parseSsml(document.source);
      const { ssml, sourceMap, warnings } = w3c(parsed);
      expect(warnings).toEqual([]);
      expect(xmlWellFormednessError(ssml), document.file).toBeUndefined();
      expect(canonicalizeSsml(parseSsml(ssml)), document.file).toBe(
        canonicalizeSsml(parsed),
      );
      expect(
        sourceMapProblems({ output: ssml, source: document.source, sourceMap }),
      ).toEqual([]);
    }
  });
});
