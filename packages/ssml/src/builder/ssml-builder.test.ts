import { describe, expect, it } from 'vitest';
import { normalizeSsml } from '../normalize-ssml';
import { toPlainText } from '../to-plain-text';
import { xmlWellFormednessError } from '../xml-well-formed.test-helper';
import { type SsmlBuilder, ssml } from './ssml-builder';
import { SsmlBuilderError } from './ssml-builder-error';

const body = (builder: SsmlBuilder) =>
  builder
    .toString()
    .replace(/^<speak>/, '')
    .replace(/<\/speak>$/, '');

describe('ssml()', () => {
  it('chains, nests through callbacks and writes units for you', () => {
    const built = ssml()
      .s('Hello')
      .break(500)
      .prosody({ rate: 1.2 }, 'fast part')
      .prosody({ rate: 1.2 }, (b) => b.text('x').emphasis('strong', 'y'));
    expect(built.toString()).toBe(
      '<speak><s>Hello</s><break time="500ms"/><prosody rate="120%">fast part</prosody>' +
        '<prosody rate="120%">x<emphasis level="strong">y</emphasis></prosody></speak>',
    );
    // No whitespace is added: inline elements join the text around them as written.
    expect(toPlainText(built.toDocument()).text).toBe('Hello fast partxy');
  });

  it.each([
    ['break by strength', ssml().break('x-strong'), '<break strength="x-strong"/>'],
    ['bare break', ssml().break(), '<break/>'],
    ['fractional break', ssml().break(1.25), '<break time="1.3ms"/>'],
    [
      'rate label',
      ssml().prosody({ rate: 'x-slow' }, 'a'),
      '<prosody rate="x-slow">a</prosody>',
    ],
    [
      'pitch forms',
      ssml()
        .prosody({ pitch: 10 }, 'a')
        .prosody({ pitch: { semitones: -2 } }, 'b')
        .prosody({ pitch: { hertz: 180 } }, 'c')
        .prosody({ pitch: { hertz: -20, relative: true }, range: 'high' }, 'd'),
      '<prosody pitch="+10%">a</prosody><prosody pitch="-10.91%">b</prosody>' +
        '<prosody pitch="180Hz">c</prosody><prosody pitch="-20Hz" range="high">d</prosody>',
    ],
    [
      'volume and duration',
      ssml()
        .prosody({ volume: -6, duration: 2000 }, 'a')
        .prosody({ volume: -Infinity }, 'b'),
      '<prosody volume="-6dB" duration="2000ms">a</prosody><prosody volume="silent">b</prosody>',
    ],
    [
      'say-as',
      ssml().sayAs({ interpretAs: 'date', format: 'mdy', detail: 1 }, '1/2/2024'),
      '<say-as interpret-as="date" format="mdy" detail="1">1/2/2024</say-as>',
    ],
    [
      'sub',
      ssml().sub({ alias: 'World Wide Web' }, 'WWW'),
      '<sub alias="World Wide Web">WWW</sub>',
    ],
    [
      'phoneme',
      ssml().phoneme({ alphabet: 'ipa', ph: 'pɪˈkɑːn' }, 'pecan'),
      '<phoneme alphabet="ipa" ph="pɪˈkɑːn">pecan</phoneme>',
    ],
    [
      'voice',
      ssml()
        .voice('en-US-AvaNeural', 'a')
        .voice({ gender: 'female', age: 30, variant: 2 }, 'b'),
      '<voice name="en-US-AvaNeural">a</voice><voice gender="female" age="30" variant="2">b</voice>',
    ],
    ['lang', ssml().lang('fr-FR', 'Bonjour'), '<lang xml:lang="fr-FR">Bonjour</lang>'],
    ['mark', ssml().mark('here'), '<mark name="here"/>'],
    [
      'audio',
      ssml().audio(
        {
          src: 'https://x.test/a.mp3?a=1&b=2',
          desc: 'A bell',
          clipBegin: 1500,
          soundLevel: 3,
          speed: 150,
        },
        'ding',
      ),
      '<audio src="https://x.test/a.mp3?a=1&amp;b=2" clipBegin="1500ms" soundLevel="+3dB" speed="150%">' +
        '<desc>A bell</desc>ding</audio>',
    ],
    [
      'audio alone',
      ssml().audio({ src: 'a.mp3', repeatCount: 2 }),
      '<audio src="a.mp3" repeatCount="2"/>',
    ],
    [
      'paragraphs',
      ssml().p((b) => b.s('One.').s('Two.')),
      '<p><s>One.</s><s>Two.</s></p>',
    ],
    ['empty content', ssml().s(''), '<s/>'],
    [
      'amazon:effect',
      ssml()
        .amazonEffect({ name: 'drc' }, 'a')
        .amazonEffect({ vocalTractLength: 15 }, 'b'),
      '<amazon:effect name="drc">a</amazon:effect><amazon:effect vocal-tract-length="+15%">b</amazon:effect>',
    ],
    [
      'mstts:express-as',
      ssml().expressAs({ style: 'cheerful', styleDegree: 1.5, role: 'Girl' }, 'Yay'),
      '<mstts:express-as style="cheerful" styledegree="1.5" role="Girl">Yay</mstts:express-as>',
    ],
    [
      'any element',
      ssml()
        .element({
          name: 'mstts:silence',
          attributes: { type: 'Leading', value: '200ms' },
        })
        .element({ name: 'google:style', attributes: { name: 'calm' } }, 'x'),
      '<mstts:silence type="Leading" value="200ms"/><google:style name="calm">x</google:style>',
    ],
  ])('%s', (_name, builder, expected) => {
    expect(body(builder)).toBe(expected);
    expect(() => builder.toDocument()).not.toThrow();
    expect(xmlWellFormednessError(builder.toString())).toBeUndefined();
  });

  it('writes speak options, declaring the vendor prefixes used', () => {
    expect(ssml({ version: '1.1', xmlns: true, lang: 'en-US' }).toString()).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US"/>',
    );
    const azure = ssml({ version: '1.0', xmlns: true, lang: 'en-US' }).voice(
      'en-US-AvaNeural',
      (b) =>
        b.expressAs({ style: 'calm' }, 'Hi').amazonEffect({ name: 'whispered' }, 'psst'),
    );
    expect(azure.toString()).toMatch(
      /^<speak version="1.0" xmlns="[^"]+" xmlns:amazon="https:\/\/aws.amazon.com\/polly" xmlns:mstts="https:\/\/www.w3.org\/2001\/mstts" xml:lang="en-US">/,
    );
    expect(ssml().expressAs({ style: 'calm' }, 'Hi').toString()).toMatch(
      /^<speak><mstts/,
    );
  });

  it('escapes text and attribute values', () => {
    const built = ssml()
      .text('Tom & Jerry <3 ]]> "q"')
      .sub({ alias: 'a "b" & <c>' }, "it's");
    expect(body(built)).toBe(
      'Tom &amp; Jerry &lt;3 ]]&gt; "q"<sub alias="a &quot;b&quot; &amp; &lt;c>">it\'s</sub>',
    );
    expect(toPlainText(built.toDocument()).text).toBe(
      'Tom & Jerry <3 ]]> "q"a "b" & <c>',
    );
  });

  it('writes numbers already in normalized form', () => {
    const built = ssml()
      .break(1500)
      .prosody({ rate: 0.8, pitch: { semitones: 1 }, volume: 2.5, duration: 900 }, 'x')
      .audio({ src: 'a.mp3', clipEnd: 2000, soundLevel: -1 });
    expect(normalizeSsml(built.toDocument(), { recordChanges: true }).changes).toEqual(
      [],
    );
  });

  it.each([
    ['a negative break', () => ssml().break(-1), 'break'],
    ['an infinite break', () => ssml().break(Number.POSITIVE_INFINITY), 'break'],
    ['an unknown strength', () => ssml().break('loud' as never), 'break'],
    ['a NaN rate', () => ssml().prosody({ rate: Number.NaN }, 'x'), 'prosody.rate'],
    ['a negative rate', () => ssml().prosody({ rate: -1 }, 'x'), 'prosody.rate'],
    ['a huge rate', () => ssml().prosody({ rate: 1e300 }, 'x'), 'prosody.rate'],
    ['a pitch below -100%', () => ssml().prosody({ pitch: -150 }, 'x'), 'prosody.pitch'],
    [
      'negative hertz',
      () => ssml().prosody({ pitch: { hertz: -5 } }, 'x'),
      'prosody.pitch',
    ],
    ['a NaN volume', () => ssml().prosody({ volume: Number.NaN }, 'x'), 'prosody.volume'],
    ['an empty prosody', () => ssml().prosody({}, 'x'), 'prosody'],
    ['an unknown emphasis', () => ssml().emphasis('loud' as never, 'x'), 'emphasis'],
    ['an empty mark', () => ssml().mark(' '), 'mark'],
    ['a missing interpret-as', () => ssml().sayAs({} as never, 'x'), 'sayAs.interpretAs'],
    ['a fractional voice age', () => ssml().voice({ age: 3.5 }, 'x'), 'voice.age'],
    [
      'a zero style degree',
      () => ssml().expressAs({ style: 'calm', styleDegree: 0 }, 'x'),
      'expressAs.styleDegree',
    ],
    ['a bad element name', () => ssml().element({ name: 'a b' }), 'element'],
    [
      'a bad attribute name',
      () => ssml().element({ name: 'x', attributes: { 'a:b:c': '1' } }),
      'element.attributes',
    ],
    ['non-text content', () => ssml().s(42 as never), 's'],
    [
      'non-text say-as content',
      () => ssml().sayAs({ interpretAs: 'digits' }, 42 as never),
      'say-as',
    ],
  ])('throws SsmlBuilderError for %s', (_name, build, option) => {
    let caught: unknown;
    try {
      build();
    } catch (error) {
      caught = error;
    }
    expect(SsmlBuilderError.isInstance(caught)).toBe(true);
    expect(caught).toBeInstanceOf(SsmlBuilderError);
    const error = caught as SsmlBuilderError;
    expect(error.option).toBe(option);
    expect(error.name).toBe('TTS_SsmlBuilderError');
    expect(error.message).toMatch(/^\[ttskit\] \[ssml\] /);
    expect(
      (error as unknown as Record<symbol, unknown>)[Symbol.for('ttskit.error')],
    ).toBe(true);
  });

  it('is not fooled by look-alikes', () => {
    expect(SsmlBuilderError.isInstance(new Error('x'))).toBe(false);
    expect(SsmlBuilderError.isInstance(null)).toBe(false);
  });
});
