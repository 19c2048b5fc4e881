import { describe, expect, it } from 'vitest';
import { brief, positionAfter, positionOf, validate } from './validate-ssml.test-helper';

describe('validateSsml attributes', () => {
  it.each([
    ['<say-as>1</say-as>', 'say-as', 'interpret-as'],
    ['<sub>WHO</sub>', 'sub', 'alias'],
    ['<phoneme>x</phoneme>', 'phoneme', 'ph'],
    ['<mark/>', 'mark', 'name'],
    ['<lang>x</lang>', 'lang', 'xml:lang'],
    ['<lookup>x</lookup>', 'lookup', 'ref'],
    ['<audio/>', 'audio', 'src'],
    ['<meta name="seeAlso"/>', 'meta', 'content'],
  ])('requires the attribute of %s at the element', (markup, element, attribute) => {
    const source = `<speak>${markup}</speak>`;
    expect(validate(source)).toEqual([
      {
        code: 'missing-attribute',
        severity: 'error',
        message: `<${element}> needs the ${attribute} attribute`,
        element,
        attribute,
        position: positionOf(source, `<${element}`),
      },
    ]);
  });

  it('requires uri and xml:id on lexicon', () => {
    expect(brief(validate('<speak><lexicon/></speak>'))).toEqual([
      'missing-attribute error 1:8 lexicon uri',
      'missing-attribute error 1:8 lexicon xml:id',
    ]);
  });

  it('requires exactly one of name and http-equiv on meta', () => {
    const source =
      '<speak><meta content="x"/><meta name="seeAlso" http-equiv="Cache-Control" content="y"/></speak>';
    const diagnostics = validate(source);
    expect(brief(diagnostics)).toEqual([
      'missing-attribute error 1:8 meta',
      'conflicting-attributes error 1:60 meta http-equiv',
    ]);
    expect(diagnostics[0]?.message).toBe('<meta> needs at least one of name, http-equiv');
    expect(diagnostics[1]?.position).toEqual(positionAfter(source, 'http-equiv="'));
  });

  it('reports a prosody, voice or amazon:effect without attributes', () => {
    const source =
      '<speak><prosody>a</prosody><voice>b</voice><amazon:effect>c</amazon:effect></speak>';
    const diagnostics = validate(source);
    expect(brief(diagnostics)).toEqual([
      'missing-attribute error 1:8 prosody',
      'missing-attribute error 1:28 voice',
      'missing-attribute error 1:44 amazon:effect',
    ]);
    expect(diagnostics[0]?.message).toBe(
      '<prosody> needs at least one of pitch, contour, range, rate, duration, volume, amazon:max-duration',
    );
  });

  it.each([
    ['<break time="5 seconds"/>', 'time', 'a time such as "250ms" or "1.5s"'],
    ['<break time="-1s"/>', 'time', 'a time such as "250ms" or "1.5s"'],
    [
      '<break strength="loud"/>',
      'strength',
      'one of "none", "x-weak", "weak", "medium", "strong", "x-strong"',
    ],
    [
      '<emphasis level="huge">x</emphasis>',
      'level',
      'one of "strong", "moderate", "none", "reduced"',
    ],
    [
      '<voice gender="robot">x</voice>',
      'gender',
      'one of "male", "female", "neutral", ""',
    ],
    ['<voice age="old">x</voice>', 'age', 'an integer such as "3"'],
    [
      '<prosody rate="+-5%">x</prosody>',
      'rate',
      'x-slow, slow, medium, fast, x-fast, default or a percentage such as "120%"',
    ],
    [
      '<prosody pitch="2st">x</prosody>',
      'pitch',
      'x-low, low, medium, high, x-high, default, "+2st", "-10%" or "+20Hz"',
    ],
    [
      '<prosody volume="+6 decibels">x</prosody>',
      'volume',
      'silent, x-soft, soft, medium, loud, x-loud, default or "+6dB"',
    ],
    [
      '<prosody duration="fast">x</prosody>',
      'duration',
      'a time such as "250ms" or "1.5s"',
    ],
    [
      '<prosody contour="(0%,+20Hz) (50%">x</prosody>',
      'contour',
      'pairs such as "(0%,+20Hz) (50%,-2st)"',
    ],
    [
      '<lang xml:lang="en_US">x</lang>',
      'xml:lang',
      'a BCP 47 language tag such as "en-US"',
    ],
    [
      '<mark name=" a"/>',
      'name',
      'a non-empty name without leading, trailing or repeated spaces',
    ],
    ['<audio src="a b.mp3"/>', 'src', 'a URI without spaces'],
    [
      '<audio src="a.mp3" clipBegin="soon"/>',
      'clipBegin',
      'a time such as "250ms" or "1.5s"',
    ],
    [
      '<audio src="a.mp3" soundLevel="loud"/>',
      'soundLevel',
      'a number in dB such as "1.5dB"',
    ],
    [
      '<p xml:id="1st">x</p>',
      'xml:id',
      'an XML name without ":" (letters, digits, "-", "_", ".")',
    ],
  ])('reports the invalid value in %s at the value', (markup, attribute, expected) => {
    const source = `<speak>${markup}</speak>`;
    const diagnostics = validate(source);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'invalid-value',
      severity: 'error',
      attribute,
      position: positionAfter(source, `${attribute}="`),
    });
    expect(diagnostics[0]?.message).toContain(`; expected ${expected}`);
  });

  it('warns about values outside the documented range', () => {
    const source =
      '<speak><amazon:effect vocal-tract-length="-70%">a</amazon:effect><mstts:silence type="Leading" value="30s"/></speak>';
    expect(validate(source)).toMatchObject([
      {
        code: 'value-out-of-range',
        severity: 'warning',
        position: positionAfter(source, 'length="'),
      },
      {
        code: 'value-out-of-range',
        severity: 'warning',
        position: positionAfter(source, 'value="'),
      },
    ]);
  });

  it('warns about unknown attributes at their value, ignoring namespace declarations', () => {
    const source =
      '<speak xmlns:amazon="https://aws.amazon.com/polly" xsi:schemaLocation="x"><break tim="200ms"/></speak>';
    expect(validate(source)).toEqual([
      {
        code: 'unknown-attribute',
        severity: 'warning',
        message: '<break> has no attribute tim; it is ignored (known: strength, time)',
        element: 'break',
        attribute: 'tim',
        position: positionAfter(source, 'tim="'),
      },
    ]);
  });

  it('reports a duplicate xml:id at the second and a lookup of a missing lexicon', () => {
    const source = [
      '<speak><lexicon uri="a.pls" xml:id="names"/>',
      '<p xml:id="names">x</p><lookup ref="names">y</lookup><lookup ref="places">z</lookup></speak>',
    ].join('\n');
    expect(validate(source)).toMatchObject([
      {
        code: 'duplicate-id',
        attribute: 'xml:id',
        position: positionAfter(source, 'xml:id="', 1),
      },
      {
        code: 'unknown-lexicon',
        message:
          '<lookup ref="places"> names no <lexicon xml:id="places"> of this document',
        position: positionAfter(source, 'ref="', 1),
      },
    ]);
  });

  it('finds the value after entities and single quotes in the start tag', () => {
    const source = `<speak><voice name='a&amp;b' gender="x">v</voice></speak>`;
    expect(validate(source)[0]?.position).toEqual(positionAfter(source, 'gender="'));
  });
});
