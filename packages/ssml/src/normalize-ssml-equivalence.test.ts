import { describe, expect, it } from 'vitest';
import { canonicalizeSsml } from './canonicalize-ssml';
import { normalizeSsml } from './normalize-ssml';
import { parseSsml } from './parse-ssml';

const key = (ssml: string) => canonicalizeSsml(normalizeSsml(parseSsml(ssml)).document);
const prosody = (attributes: string) =>
  `<speak><prosody ${attributes}>x</prosody></speak>`;

describe('normalizeSsml equivalence classes', () => {
  it.each([
    [
      'rate label',
      [prosody('rate="fast"'), prosody('rate="155%"'), prosody('rate="1.55"')],
    ],
    [
      'rate multiplier',
      [
        prosody('rate="1.2"'),
        prosody('rate="120%"'),
        prosody('rate="+20%"'),
        prosody('rate=" 120.00% "'),
      ],
    ],
    [
      'slower rate',
      [prosody('rate="-20%"'), prosody('rate="80%"'), prosody('rate="0.8"')],
    ],
    [
      'default rate',
      [prosody('rate="medium"'), prosody('rate="default"'), prosody('rate="100%"')],
    ],
    ['rate label case', [prosody('rate="X-Fast"'), prosody('rate="200%"')]],
    [
      'semitones',
      [prosody('pitch="+2st"'), prosody('pitch="+12.25%"'), prosody('pitch="12.25%"')],
    ],
    [
      'pitch label',
      [prosody('pitch="high"'), prosody('pitch="+20%"'), prosody('pitch="HIGH"')],
    ],
    [
      'no pitch change',
      [prosody('pitch="+0st"'), prosody('pitch="medium"'), prosody('pitch="-0%"')],
    ],
    [
      'hertz case',
      [prosody('pitch="+10Hz"'), prosody('pitch="+10hz"'), prosody('pitch="+10.0HZ"')],
    ],
    ['range', [prosody('range="-2st"'), prosody('range="-10.91%"')]],
    [
      'contour',
      [
        prosody('contour="(0%,+20Hz)  (50%,+2st)"'),
        prosody('contour="( 0% , +20Hz ) (50.0%,+12.25%)"'),
      ],
    ],
    [
      'volume label',
      [prosody('volume="loud"'), prosody('volume="+6dB"'), prosody('volume="6dB"')],
    ],
    [
      'silence',
      [prosody('volume="silent"'), prosody('volume="0"'), prosody('volume="Silent"')],
    ],
    [
      'Azure volume',
      [prosody('volume="+0%"'), prosody('volume="100"'), prosody('volume="+0dB"')],
    ],
    ['duration', [prosody('duration="2s"'), prosody('duration="2000ms"')]],
    [
      'amazon:max-duration',
      [prosody('amazon:max-duration="2.5s"'), prosody('amazon:max-duration="2500ms"')],
    ],
    [
      'break strength and time',
      ['<break strength="strong"/>', '<break time="1s"/>', '<break time="1000ms"/>'],
    ],
    ['bare break', ['<break/>', '<break strength="medium"/>', '<break time="750ms"/>']],
    ['break strength case', ['<break strength="X-Weak"/>', '<break time="250ms"/>']],
    [
      'time wins over strength',
      [
        '<break strength="weak" time="2s"/>',
        '<break time="2000ms"/>',
        '<break time=" 2 S "/>',
      ],
    ],
    ['no break', ['<break strength="none"/>', '<break time="0s"/>']],
    [
      'spelling',
      [
        '<say-as interpret-as="spell-out">ab</say-as>',
        '<say-as interpret-as="characters">ab</say-as>',
        '<say-as interpret-as="verbatim">ab</say-as>',
        '<say-as interpret-as=" Characters ">ab</say-as>',
      ],
    ],
    [
      'numbers',
      [
        '<say-as interpret-as="number">1</say-as>',
        '<say-as interpret-as="cardinal">1</say-as>',
      ],
    ],
    [
      'digits',
      [
        '<say-as interpret-as="number_digit">12</say-as>',
        '<say-as interpret-as="digits">12</say-as>',
      ],
    ],
    ['marks', ['<bookmark mark="a"/>', '<mark name="a"/>', '<mark name=" a "/>']],
    ['emphasis', ['<emphasis>x</emphasis>', '<emphasis level="Moderate">x</emphasis>']],
    [
      'language tags',
      ['<speak xml:lang="EN-us">x</speak>', '<speak xml:lang="en-US">x</speak>'],
    ],
    [
      'voice enumerations',
      [
        '<voice gender="Female" age=" 30 ">x</voice>',
        '<voice gender="female" age="30.0">x</voice>',
      ],
    ],
    [
      'audio times',
      [
        '<audio src="a.mp3" clipBegin="1.5s" soundLevel="6dB" speed="150.0%"/>',
        '<audio src=" a.mp3 " clipBegin="1500ms" soundLevel="+6dB" speed="150%"/>',
      ],
    ],
    [
      'Azure silence',
      [
        '<mstts:silence type="Leading" value="0.2s"/>',
        '<mstts:silence type="Leading" value="200ms"/>',
      ],
    ],
    [
      'express-as degree',
      [
        '<mstts:express-as style="cheerful" styledegree="2.0">x</mstts:express-as>',
        '<mstts:express-as style="cheerful" styledegree="2">x</mstts:express-as>',
      ],
    ],
  ])('%s', (_name, members) => {
    const [first, ...rest] = members.map(key);
    for (const other of rest) expect(other).toBe(first);
  });
});

describe('normalizeSsml non-equivalences', () => {
  it.each([
    ['relative and absolute rate', prosody('rate="+20%"'), prosody('rate="20%"')],
    ['rate label and near percentage', prosody('rate="fast"'), prosody('rate="150%"')],
    ['semitones and percent', prosody('pitch="+2st"'), prosody('pitch="+2%"')],
    ['relative and absolute hertz', prosody('pitch="+100Hz"'), prosody('pitch="100Hz"')],
    ['hertz and percent', prosody('pitch="+10Hz"'), prosody('pitch="+10%"')],
    ['volume', prosody('volume="+6dB"'), prosody('volume="+3dB"')],
    ['Azure volume and decibels', prosody('volume="+10"'), prosody('volume="+10dB"')],
    ['silence and soft', prosody('volume="silent"'), prosody('volume="x-soft"')],
    ['break times', '<break time="1s"/>', '<break time="1.5s"/>'],
    ['break strengths', '<break strength="weak"/>', '<break strength="strong"/>'],
    [
      'interpretations',
      '<say-as interpret-as="characters">1</say-as>',
      '<say-as interpret-as="cardinal">1</say-as>',
    ],
    ['mark names', '<mark name="a"/>', '<mark name="b"/>'],
    ['mark name case', '<mark name="a"/>', '<mark name="A"/>'],
    [
      'emphasis levels',
      '<emphasis>x</emphasis>',
      '<emphasis level="strong">x</emphasis>',
    ],
    [
      'Polly effect case',
      '<amazon:effect name="drc">x</amazon:effect>',
      '<amazon:effect name="DRC">x</amazon:effect>',
    ],
    [
      'Azure role case',
      '<mstts:express-as role="Girl" style="calm">x</mstts:express-as>',
      '<mstts:express-as role="girl" style="calm">x</mstts:express-as>',
    ],
    ['sub alias spaces', 'a<sub alias=" b">c</sub>', 'a<sub alias="b">c</sub>'],
    [
      'language',
      '<speak xml:lang="en-US">x</speak>',
      '<speak xml:lang="en-GB">x</speak>',
    ],
    ['invalid and valid rate', prosody('rate="fastest"'), prosody('rate="155%"')],
  ])('%s', (_name, left, right) => {
    expect(key(left)).not.toBe(key(right));
  });
});
