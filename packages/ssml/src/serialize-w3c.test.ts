import { describe, expect, it } from 'vitest';
import { summarizeWarnings } from './dialect-warnings.test-helper';
import { parseSsml } from './parse-ssml';
import { serializeSsml } from './serialize-ssml';
import { vendorDocuments } from './shared-corpus.test-helper';
import { sourceMapProblems } from './source-map.test-helper';
import { textToSsmlDocument } from './text-to-ssml-document';
import { toPlainText } from './to-plain-text';
import { xmlWellFormednessError } from './xml-well-formed.test-helper';

const w3c = (document: Parameters<typeof serializeSsml>[0]) =>
  serializeSsml(document, { dialect: 'w3c' });

describe('serializeSsml w3c', () => {
  it('writes version 1.1 and xmlns on the root and keeps xml:lang', () => {
    expect(w3c(parseSsml('<speak xml:lang="en-GB">Hi</speak>')).ssml).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-GB">Hi</speak>',
    );
    const older = w3c(parseSsml('<speak version="1.0" xml:lang="de">Hi</speak>'));
    expect(older.ssml).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="de">Hi</speak>',
    );
    expect(summarizeWarnings(older.warnings)).toEqual([
      'converted speak@version 1:1 version="1.0" → version="1.1"',
    ]);
    expect(w3c(textToSsmlDocument('')).ssml).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis"/>',
    );
  });

  it('unwraps vendor extensions (their text is kept) and converts bookmark to mark', () => {
    const source =
      '<speak xmlns:amazon="https://aws.amazon.com/polly"><amazon:effect name="whispered">a<break strength="weak"/>b</amazon:effect><mstts:express-as style="calm">c</mstts:express-as><mstts:silence type="Leading" value="1s"/><bookmark mark="x"/><par><media><speak>d</speak></media></par><foo:bar>e</foo:bar></speak>';
    const result = w3c(parseSsml(source));
    expect(result.ssml).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis">a<break strength="weak"/>bc<mark name="x"/>   d   e</speak>',
    );
    expect(summarizeWarnings(result.warnings)).toEqual([
      'dropped amazon:effect 1:52 <amazon:effect>',
      'dropped mstts:express-as 1:126 <mstts:express-as>',
      'dropped mstts:silence 1:177 <mstts:silence>',
      'converted bookmark 1:219 <bookmark mark="x"> → <mark name="x">',
      'dropped par 1:239 <par>',
      'dropped media 1:244 <media>',
      'dropped speak 1:251 <speak>',
      'dropped foo:bar 1:281 <foo:bar>',
    ]);
    expect(result.warnings[0]?.message).toBe(
      'SSML 1.1 has no <amazon:effect>; its text is spoken without the tag',
    );
    expect(result.warnings.at(-1)?.message).toBe(
      '<foo:bar> is not an element ttskit knows; its text is spoken without the tag',
    );
  });

  it('converts vendor value forms to SSML 1.1 forms', () => {
    const source =
      '<speak><prosody rate="1.2" pitch="10%" volume="80">a</prosody><prosody rate="+20%" volume="6dB">b</prosody><voice xml:lang="fr-FR" gender="female">c</voice></speak>';
    const result = w3c(parseSsml(source));
    expect(result.ssml).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis"><prosody rate="120%" pitch="+10%" volume="-1.94dB">a</prosody><prosody rate="120%" volume="+6dB">b</prosody><voice languages="fr-FR" gender="female">c</voice></speak>',
    );
    expect(summarizeWarnings(result.warnings)).toEqual([
      'converted prosody@rate 1:8 rate="1.2" → rate="120%"',
      'converted prosody@pitch 1:8 pitch="10%" → pitch="+10%"',
      'converted prosody@volume 1:8 volume="80" → volume="-1.94dB"',
      'converted prosody@rate 1:63 rate="+20%" → rate="120%"',
      'converted prosody@volume 1:63 volume="6dB" → volume="+6dB"',
      'converted voice@xml:lang 1:108 xml:lang="fr-FR" → languages="fr-FR"',
    ]);
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

  it('writes every corpus document as well-formed SSML 1.1 that speaks the same text and is a fixed point', () => {
    for (const document of vendorDocuments().filter((entry) => entry.wellFormedXml)) {
      const parsed = parseSsml(document.source);
      const { ssml, sourceMap } = w3c(parsed);
      expect(xmlWellFormednessError(ssml), document.file).toBeUndefined();
      const reparsed = parseSsml(ssml);
      expect(toPlainText(reparsed).text, document.file).toBe(toPlainText(parsed).text);
      expect(w3c(reparsed).ssml, document.file).toBe(ssml);
      expect(
        sourceMapProblems({ output: ssml, source: document.source, sourceMap }),
      ).toEqual([]);
    }
  });
});
