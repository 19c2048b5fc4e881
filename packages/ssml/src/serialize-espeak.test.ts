import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import { serializeSsml } from './serialize-ssml';
import { vendorDocuments } from './shared-corpus.test-helper';
import { sourceMapProblems } from './source-map.test-helper';
import { textToSsmlDocument } from './text-to-ssml-document';
import { toPlainText } from './to-plain-text';
import { decibelsToPercentage } from './values/prosody-volume';
import { xmlWellFormednessError } from './xml-well-formed.test-helper';

const espeak = (ssml: string, voice?: string) =>
  serializeSsml(parseSsml(ssml), {
    dialect: 'espeak',
    ...(voice === undefined ? {} : { voice }),
  });

describe('serializeSsml espeak', () => {
  it('keeps what espeak honours, with xml:lang on the root', () => {
    const source =
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-GB"><p><s>A <emphasis level="strong">b</emphasis><break time="300ms" strength="weak"/><prosody rate="slow" pitch="+10%" volume="loud">c</prosody> <say-as interpret-as="characters">ABC</say-as> <sub alias="doctor">Dr</sub><mark name="m1"/><voice xml:lang="fr-FR" gender="female">d</voice></s></p></speak>';
    const result = espeak(source);
    expect(result.ssml).toBe(
      '<speak xml:lang="en-GB"><p><s>A <emphasis level="strong">b</emphasis><break time="300ms" strength="weak"/><prosody rate="slow" pitch="+10%" volume="loud">c</prosody> <say-as interpret-as="characters">ABC</say-as> <sub alias="doctor">Dr</sub><mark name="m1"/><voice xml:lang="fr-FR" gender="female">d</voice></s></p></speak>',
    );
    expect(result.warnings).toEqual([]);
  });

  it('lowers what espeak cannot honour, with one positioned warning per kind', () => {
    const source = [
      '<speak xml:base="http://x/">',
      '<prosody volume="-6dB" contour="(0%,+20Hz)">quiet</prosody><prosody volume="+6dB">loud</prosody>',
      '<voice name="en-US-JennyNeural" gender="female">Jenny</voice><voice name="x">Bob</voice>',
      '<amazon:effect name="whispered">secret</amazon:effect><amazon:effect>again</amazon:effect>',
      '<audio src="cat.mp3"><desc>a cat</desc>meow</audio><phoneme alphabet="ipa" ph="təˈmɑːtəʊ">tomato</phoneme>',
      '<say-as interpret-as="spell-out">abc</say-as><say-as interpret-as="date" format="mdy">1/2</say-as>',
      '<lang xml:lang="fr-FR">oui</lang><lexicon uri="l.pls" xml:id="l"/><metadata>m</metadata>',
      '</speak>',
    ].join('\n');
    const result = espeak(source, 'en-us');
    expect(result.ssml).toBe(
      [
        '<speak>',
        '<prosody volume="50%">quiet</prosody><prosody volume="200%">loud</prosody>',
        '<voice gender="female">Jenny</voice> Bob ',
        'secretagain',
        ' meow tomato',
        '<say-as interpret-as="characters">abc</say-as>1/2',
        '<voice xml:lang="fr-FR">oui</voice>',
        '</speak>',
      ].join('\n'),
    );
    const summary = result.warnings.map(
      (warning) =>
        `${warning.action} ${warning.element}${warning.attribute ? `@${warning.attribute}` : ''} ${warning.position.line}:${warning.position.column}`,
    );
    expect(summary).toEqual([
      'dropped speak@xml:base 1:1',
      'converted prosody@volume 2:1',
      'dropped prosody@contour 2:1',
      'converted prosody@volume 2:60',
      'dropped voice@name 3:1',
      'dropped voice@name 3:62',
      'dropped amazon:effect 4:1',
      'dropped audio 5:1',
      'dropped phoneme 5:52',
      'converted say-as@interpret-as 6:1',
      'dropped say-as@format 6:46',
      'dropped say-as@interpret-as 6:46',
      'converted lang 7:1',
      'dropped lexicon 7:34',
    ]);
    for (const warning of result.warnings) expect(warning.type).toBe('ssml-lowered');
    expect(result.warnings[1]?.message).toBe(
      'espeak ignores decibel volumes; volume="-6dB" became "50%"',
    );
    expect(result.warnings[4]?.message).toContain('(the engine speaks with "en-us")');
    expect(toPlainText(parseSsml(result.ssml)).text).toBe(
      toPlainText(parseSsml(source)).text,
    );
  });

  it('converts decibels to the amplitude percentage espeak understands', () => {
    expect(
      ['-6dB', '+6dB', '0dB', '-20dB', '+3.5dB', '-100dB', 'x-loud', '50%'].map(
        decibelsToPercentage,
      ),
    ).toEqual(['50%', '200%', '100%', '10%', '150%', '0%', undefined, undefined]);
  });

  it('maps plain text through escaping: "a & b" round-trips to the caller text', () => {
    const { ssml, sourceMap } = serializeSsml(textToSsmlDocument('a & b'), {
      dialect: 'espeak',
    });
    expect(ssml).toBe('<speak>a &amp; b</speak>');
    expect(
      Array.from({ length: 9 }, (_, index) => sourceMap.toSourceOffset(7 + index)),
    ).toEqual([0, 1, 2, 2, 2, 2, 2, 3, 4]);
    expect(sourceMap.toSourceRange({ start: 15, end: 16 })).toEqual({ start: 4, end: 5 });
    expect(sourceMap.toSourceRange({ start: 9, end: 14 })).toEqual({ start: 2, end: 3 });
  });

  it('maps a word espeak reports inside the SSML string back to the caller source', () => {
    const source = '<speak>Say <sub alias="doctor">Dr</sub> Who &amp; friends.</speak>';
    const { ssml, sourceMap } = espeak(source);
    const word = ssml.indexOf('friends');
    expect(sourceMap.toSourceRange({ start: word, end: word + 7 })).toEqual({
      start: source.indexOf('friends'),
      end: source.indexOf('friends') + 7,
    });
    // The alias maps to the sub start tag; the content keeps its own mapping.
    const alias = ssml.indexOf('doctor');
    expect(sourceMap.toSourceRange({ start: alias, end: alias + 6 })).toEqual({
      start: source.indexOf('<sub'),
      end: source.indexOf('Dr<'),
    });
    const content = ssml.indexOf('Dr<');
    expect(sourceMap.toSourceOffset(content)).toBe(source.indexOf('Dr<'));
  });

  it('writes every corpus document as well-formed XML with a consistent map', () => {
    for (const document of vendorDocuments().filter((entry) => entry.wellFormedXml)) {
      const { ssml, sourceMap } = serializeSsml(parseSsml(document.source), {
        dialect: 'espeak',
      });
      expect(xmlWellFormednessError(ssml), document.file).toBeUndefined();
      expect(
        sourceMapProblems({ output: ssml, source: document.source, sourceMap }),
      ).toEqual([]);
      expect(ssml.startsWith('<speak')).toBe(true);
    }
  });
});
