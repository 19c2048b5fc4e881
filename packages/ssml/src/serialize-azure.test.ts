import { describe, expect, it } from 'vitest';
import { summarizeWarnings } from './dialect-warnings.test-helper';
import { parseSsml } from './parse-ssml';
import { type SerializeSsmlOptions, serializeSsml } from './serialize-ssml';
import { sourceMapProblems } from './source-map.test-helper';
import { textToSsmlDocument } from './text-to-ssml-document';
import { toPlainText } from './to-plain-text';
import { xmlWellFormednessError } from './xml-well-formed.test-helper';

const azure = (source: string, options: Omit<SerializeSsmlOptions, 'dialect'> = {}) =>
  serializeSsml(parseSsml(source), { dialect: 'azure', ...options });

const head =
  '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-GB" xmlns:mstts="https://www.w3.org/2001/mstts">';

describe('serializeSsml azure', () => {
  it('converts marks, rates, volumes and vendor extensions, clamps to Azure limits', () => {
    const source = [
      '<speak>',
      'Hello <mark name="m1"/><prosody rate="150%" volume="-6dB" pitch="+20st" duration="2s">fast</prosody>',
      '<break time="20000ms"/><break time="20001ms"/><break strength="none"/><break strength="none" time="300ms"/>',
      '<say-as interpret-as="digits">42</say-as><say-as interpret-as="expletive">darn</say-as>',
      '<amazon:effect name="whispered">psst</amazon:effect><amazon:effect name="drc">loud</amazon:effect>',
      '<mstts:silence type="Sentenceboundary" value="30s"/><mstts:express-as style="cheerful" styledegree="3">yay</mstts:express-as>',
      '<emphasis level="strong">big</emphasis><audio src="https://x/a.mp3" clipBegin="1s"><desc>d</desc>meow</audio>',
      '</speak>',
    ].join('\n');
    const result = azure(source, { voice: 'en-GB-RyanNeural' });
    expect(result.ssml).toBe(
      [
        `${head}<voice name="en-GB-RyanNeural">`,
        'Hello <bookmark mark="m1"/><prosody rate="1.5" volume="-49.88%" pitch="+50%">fast</prosody>',
        '<break time="20000ms"/><break time="20000ms"/><break time="0ms"/><break time="300ms"/>',
        '<say-as interpret-as="number_digit">42</say-as>darn',
        '<mstts:express-as style="whispering">psst</mstts:express-as>loud',
        '<mstts:silence type="Sentenceboundary" value="20000ms"/><mstts:express-as style="cheerful" styledegree="2">yay</mstts:express-as>',
        '<emphasis level="strong">big</emphasis><audio src="https://x/a.mp3">meow</audio>',
        '</voice></speak>',
      ].join('\n'),
    );
    expect(summarizeWarnings(result.warnings)).toEqual([
      'converted mark 2:7 <mark name="m1"> → <bookmark mark="m1">',
      'converted prosody@rate 2:24 rate="150%" → rate="1.5"',
      'converted prosody@volume 2:24 volume="-6dB" → volume="-49.88%"',
      'clamped prosody@pitch 2:24 pitch="+20st" → pitch="+50%"',
      'dropped prosody@duration 2:24 duration="2s"',
      'clamped break@time 3:24 time="20001ms" → time="20000ms"',
      'converted break@strength 3:47 strength="none" → time="0ms"',
      'converted say-as@interpret-as 4:1 interpret-as="digits" → interpret-as="number_digit"',
      'dropped say-as@interpret-as 4:42 interpret-as="expletive"',
      'converted amazon:effect 5:1 <amazon:effect name="whispered"> → <mstts:express-as style="whispering">',
      'dropped amazon:effect@name 5:53 name="drc"',
      'clamped mstts:silence@value 6:1 value="30s" → value="20000ms"',
      'clamped mstts:express-as@styledegree 6:53 styledegree="3" → styledegree="2"',
      'dropped audio@clipBegin 7:40 clipBegin="1s"',
    ]);
    const clamp = result.warnings.find((warning) => warning.action === 'clamped');
    expect(clamp?.message).toBe(
      'pitch="+20st" is outside the range Azure neural voices take (-50% to +50%); it became "+50%"',
    );
    expect(
      sourceMapProblems({ output: result.ssml, source, sourceMap: result.sourceMap }),
    ).toEqual([]);
    expect(toPlainText(parseSsml(result.ssml)).text).toBe(
      toPlainText(parseSsml(source)).text,
    );
  });

  it('puts only voice and one background audio in speak, wrapping other content in the voice', () => {
    const source =
      '<speak xml:lang="de-DE"> <voice name="de-DE-KatjaNeural">Hallo</voice> und <voice gender="female">tschüss</voice> <mstts:backgroundaudio src="https://x/b.mp3" volume="150"/><mstts:backgroundaudio src="https://x/c.mp3"/></speak>';
    const result = azure(source, { voice: 'de-DE-ConradNeural' });
    expect(result.ssml).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="de-DE" xmlns:mstts="https://www.w3.org/2001/mstts"><mstts:backgroundaudio src="https://x/b.mp3" volume="100"/> <voice name="de-DE-KatjaNeural">Hallo</voice><voice name="de-DE-ConradNeural"> und  tschüss  </voice></speak>',
    );
    expect(summarizeWarnings(result.warnings)).toEqual([
      'dropped voice@name 1:76 <voice>',
      'clamped mstts:backgroundaudio@volume 1:115 volume="150" → volume="100"',
      'dropped mstts:backgroundaudio 1:174 <mstts:backgroundaudio>',
    ]);
    const speak = parseSsml(result.ssml).root;
    const topLevel = speak.children.flatMap((child) =>
      child.type === 'element' ? [child.name] : /\S/.test(child.value) ? ['text'] : [],
    );
    expect(topLevel).toEqual(['mstts:backgroundaudio', 'voice', 'voice']);
  });

  it('needs no voice option when the document names its voices; defaults the wrapper voice', () => {
    expect(
      azure('<speak><voice name="de-DE-KatjaNeural">Hallo</voice></speak>').ssml,
    ).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="de-DE"><voice name="de-DE-KatjaNeural">Hallo</voice></speak>',
    );
    expect(azure('<speak/>').ssml).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US"><voice name="en-US-AvaMultilingualNeural"/></speak>',
    );
    const { ssml, sourceMap } = serializeSsml(textToSsmlDocument('Tom & Jerry'), {
      dialect: 'azure',
      voice: 'fr-FR-DeniseNeural',
    });
    expect(ssml).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="fr-FR"><voice name="fr-FR-DeniseNeural">Tom &amp; Jerry</voice></speak>',
    );
    const jerry = ssml.indexOf('Jerry');
    expect(sourceMap.toSourceRange({ start: jerry, end: jerry + 5 })).toEqual({
      start: 6,
      end: 11,
    });
  });

  it('replaces the version and keeps the document language', () => {
    const result = azure('<speak version="1.1" xml:lang="en-AU">G\'day</speak>', {
      voice: 'en-AU-NatashaNeural',
    });
    expect(result.ssml).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-AU"><voice name="en-AU-NatashaNeural">G\'day</voice></speak>',
    );
    expect(summarizeWarnings(result.warnings)).toEqual([
      'converted speak@version 1:1 version="1.1" → version="1.0"',
    ]);
  });

  it('drops what DragonHD voices do not support, told from the document voice', () => {
    const result = azure(
      '<speak><voice name="en-US-Ava:DragonHDLatestNeural">Hi <prosody rate="fast">there</prosody><break time="1s"/><phoneme alphabet="ipa" ph="x">y</phoneme><mark name="m"/></voice></speak>',
    );
    expect(result.ssml).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US"><voice name="en-US-Ava:DragonHDLatestNeural">Hi there<break time="1s"/><phoneme alphabet="ipa" ph="x">y</phoneme></voice></speak>',
    );
    expect(summarizeWarnings(result.warnings)).toEqual([
      'dropped prosody 1:56 <prosody>',
      'dropped mark 1:152 <mark>',
    ]);
    expect(result.warnings[0]?.message).toBe(
      'Azure DragonHD voices do not support <prosody>; its text is spoken without the tag',
    );
  });

  it('keeps express-as but drops break and phoneme for DragonHD Omni voices', () => {
    const result = azure(
      '<speak><mstts:express-as style="calm">Hi</mstts:express-as><break time="1s"/><phoneme alphabet="ipa" ph="x">y</phoneme><amazon:effect name="whispered">w</amazon:effect></speak>',
      { voice: 'en-US-Ava3:DragonHDOmniLatestNeural' },
    );
    expect(result.ssml).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US" xmlns:mstts="https://www.w3.org/2001/mstts"><voice name="en-US-Ava3:DragonHDOmniLatestNeural"><mstts:express-as style="calm">Hi</mstts:express-as>  y<mstts:express-as style="whispering">w</mstts:express-as></voice></speak>',
    );
    expect(summarizeWarnings(result.warnings)).toEqual([
      'dropped break 1:60 <break>',
      'dropped phoneme 1:78 <phoneme>',
      'converted amazon:effect 1:120 <amazon:effect name="whispered"> → <mstts:express-as style="whispering">',
    ]);
    expect(xmlWellFormednessError(result.ssml)).toBeUndefined();
  });
});
