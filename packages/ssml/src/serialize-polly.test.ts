import { describe, expect, it } from 'vitest';
import { summarizeWarnings } from './dialect-warnings.test-helper';
import { parseSsml } from './parse-ssml';
import { type SerializeSsmlOptions, serializeSsml } from './serialize-ssml';
import { toPlainText } from './to-plain-text';

const polly = (source: string, options: Omit<SerializeSsmlOptions, 'dialect'> = {}) =>
  serializeSsml(parseSsml(source), { dialect: 'polly', ...options });

const source = [
  '<speak xml:lang="en-US">',
  '<prosody rate="20%">a</prosody><prosody rate="19%">b</prosody><prosody rate="200%">c</prosody><prosody rate="201%">d</prosody><prosody rate="+50%" pitch="+5%" amazon:max-duration="2s">e</prosody>',
  '<break time="10s"/><break time="10001ms"/><emphasis level="moderate">f</emphasis><emphasis level="none">g</emphasis>',
  '<say-as interpret-as="digits">12</say-as><say-as interpret-as="verbatim">ab</say-as><say-as interpret-as="spell-out">cd</say-as><say-as interpret-as="number_digit">34</say-as><say-as interpret-as="currency">$5</say-as>',
  '<voice name="Joanna">h</voice><audio src="https://x/a.mp3"><desc>d</desc>meow</audio><lexicon uri="https://x/l.pls" xml:id="l"/><bookmark mark="bm"/>',
  '<amazon:effect name="whispered" vocal-tract-length="+10%">i</amazon:effect><amazon:effect phonation="soft">j</amazon:effect><amazon:breath duration="long"/><amazon:domain name="news">k</amazon:domain>',
  '<mstts:express-as style="whispering">l</mstts:express-as><mstts:silence type="Leading" value="1s"/><token role="amazon:VB">m</token>',
  '</speak>',
].join('\n');

/** Warnings every Polly engine gives for `source`. */
const common = {
  rates: [
    'clamped prosody@rate 2:32 rate="19%" → rate="20%"',
    'clamped prosody@rate 2:95 rate="201%" → rate="200%"',
    'converted prosody@rate 2:127 rate="+50%" → rate="150%"',
  ],
  sayAs: [
    'converted say-as@interpret-as 4:42 interpret-as="verbatim" → interpret-as="characters"',
    'converted say-as@interpret-as 4:129 interpret-as="number_digit" → interpret-as="digits"',
    'dropped say-as@interpret-as 4:176 interpret-as="currency"',
    'dropped voice 5:1 <voice>',
    'dropped audio 5:31 <audio>',
    'dropped lexicon 5:86 <lexicon>',
    'converted bookmark 5:129 <bookmark mark="bm"> → <mark name="bm">',
  ],
};

describe('serializeSsml polly', () => {
  it('keeps everything standard voices support, clamping rate to 20–200% and breaks to 10 s', () => {
    const result = polly(source, { family: 'standard' });
    expect(result.ssml).toBe(
      [
        '<speak xml:lang="en-US">',
        '<prosody rate="20%">a</prosody><prosody rate="20%">b</prosody><prosody rate="200%">c</prosody><prosody rate="200%">d</prosody><prosody rate="150%" pitch="+5%" amazon:max-duration="2s">e</prosody>',
        '<break time="10s"/><break time="10000ms"/><emphasis level="moderate">f</emphasis>g',
        '<say-as interpret-as="digits">12</say-as><say-as interpret-as="characters">ab</say-as><say-as interpret-as="spell-out">cd</say-as><say-as interpret-as="digits">34</say-as>$5',
        ' h  meow <mark name="bm"/>',
        '<amazon:effect name="whispered" vocal-tract-length="+10%">i</amazon:effect><amazon:effect phonation="soft">j</amazon:effect><amazon:breath duration="long"/>k',
        '<amazon:effect name="whispered">l</amazon:effect><w role="amazon:VB">m</w>',
        '</speak>',
      ].join('\n'),
    );
    expect(summarizeWarnings(result.warnings)).toEqual([
      ...common.rates,
      'clamped break@time 3:20 time="10001ms" → time="10000ms"',
      'dropped emphasis@level 3:82 level="none"',
      ...common.sayAs,
      'dropped amazon:domain 6:157 <amazon:domain>',
      'converted mstts:express-as 7:1 <mstts:express-as style="whispering"> → <amazon:effect name="whispered">',
      'dropped mstts:silence 7:58 <mstts:silence>',
      'converted token 7:100 <token role="amazon:VB"> → <w role="amazon:VB">',
    ]);
    const [clamp] = result.warnings;
    expect(clamp).toMatchObject({
      type: 'ssml-lowered',
      action: 'clamped',
      element: 'prosody',
      attribute: 'rate',
      from: 'rate="19%"',
      to: 'rate="20%"',
      dialect: 'polly',
      position: { offset: source.indexOf('<prosody rate="19%"'), line: 2, column: 32 },
      occurrences: 1,
      message:
        'rate="19%" is outside the range Polly standard voices take (20% to 200%); it became "20%"',
    });
  });

  it('drops on neural voices (the default) the tags Polly would reject', () => {
    const result = polly(source);
    expect(result.ssml).toBe(
      [
        '<speak xml:lang="en-US">',
        '<prosody rate="20%">a</prosody><prosody rate="20%">b</prosody><prosody rate="200%">c</prosody><prosody rate="200%">d</prosody><prosody rate="150%">e</prosody>',
        '<break time="10s"/><break time="10000ms"/>fg',
        '<say-as interpret-as="digits">12</say-as><say-as interpret-as="characters">ab</say-as><say-as interpret-as="spell-out">cd</say-as><say-as interpret-as="digits">34</say-as>$5',
        ' h  meow <mark name="bm"/>',
        'ij<amazon:domain name="news">k</amazon:domain>',
        'l<w role="amazon:VB">m</w>',
        '</speak>',
      ].join('\n'),
    );
    expect(summarizeWarnings(result.warnings)).toEqual([
      ...common.rates,
      'dropped prosody@pitch 2:127 pitch="+5%"',
      'dropped prosody@amazon:max-duration 2:127 amazon:max-duration="2s"',
      'clamped break@time 3:20 time="10001ms" → time="10000ms"',
      'dropped emphasis 3:43 <emphasis>',
      ...common.sayAs,
      'dropped amazon:effect@name 6:1 name="whispered"',
      'dropped amazon:effect@phonation 6:76 phonation="soft"',
      'dropped amazon:breath 6:125 <amazon:breath>',
      'dropped mstts:express-as 7:1 <mstts:express-as>',
      'dropped mstts:silence 7:58 <mstts:silence>',
      'converted token 7:100 <token role="amazon:VB"> → <w role="amazon:VB">',
    ]);
    expect(
      result.warnings.find((warning) => warning.element === 'emphasis')?.message,
    ).toBe(
      'Polly supports <emphasis> on standard voices only; its text is spoken without the tag',
    );
  });

  it('drops the news style on long-form and every amazon:effect on generative voices', () => {
    const longForm = summarizeWarnings(polly(source, { family: 'long-form' }).warnings);
    expect(longForm).toContain('dropped amazon:domain 6:157 <amazon:domain>');
    expect(longForm).toContain('dropped amazon:effect@name 6:1 name="whispered"');
    const generative = polly(
      '<speak><amazon:effect name="drc">a</amazon:effect><mark name="m"/></speak>',
      { family: 'generative' },
    );
    expect(generative.ssml).toBe('<speak>a<mark name="m"/></speak>');
    expect(summarizeWarnings(generative.warnings)).toEqual([
      'dropped amazon:effect 1:8 <amazon:effect>',
    ]);
  });

  it('speaks the same words on every engine', () => {
    const expected = toPlainText(parseSsml(source)).text;
    for (const family of ['standard', 'neural', 'long-form', 'generative'] as const)
      expect(toPlainText(parseSsml(polly(source, { family }).ssml)).text).toBe(expected);
  });

  it('keeps the W3C speak header Polly documents, converts pitch semitones for standard voices', () => {
    const result = polly(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US"><prosody pitch="-2st" volume="80">x</prosody></speak>',
      { family: 'standard' },
    );
    expect(result.ssml).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US"><prosody pitch="-10.91%" volume="-1.94dB">x</prosody></speak>',
    );
    expect(summarizeWarnings(result.warnings)).toEqual([
      'converted prosody@pitch 1:83 pitch="-2st" → pitch="-10.91%"',
      'converted prosody@volume 1:83 volume="80" → volume="-1.94dB"',
    ]);
  });
});
