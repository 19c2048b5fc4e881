import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import { serializeSsml } from './serialize-ssml';
import { textToSsmlDocument } from './text-to-ssml-document';

describe('serializeSsml text', () => {
  it('returns the plain text, emulation warnings and dropped warnings', () => {
    const source =
      '<speak><p>Wait<break time="1s"/>now<break/></p><prosody rate="slow">slow</prosody> <prosody pitch="high">high</prosody> <say-as interpret-as="characters">AB</say-as> <say-as interpret-as="date">1/2</say-as> <sub alias="doctor">Dr</sub> <amazon:effect name="drc">x</amazon:effect></speak>';
    const document = parseSsml(source);
    const result = serializeSsml(document, { dialect: 'text' });
    expect(result.ssml).toBe('Wait now slow high A B 1/2 doctor x');
    expect(
      result.warnings.map(
        (warning) =>
          `${warning.action} ${warning.element}${warning.attribute ? `@${warning.attribute}` : ''} ${warning.position.column}`,
      ),
    ).toEqual([
      'emulated break 15',
      'emulated prosody@rate 48',
      'dropped prosody@pitch 84',
      'emulated say-as 121',
      'dropped say-as 167',
      'dropped amazon:effect 237',
    ]);
    expect(result.warnings[0]).toEqual({
      type: 'ssml-lowered',
      action: 'emulated',
      element: 'break',
      from: '<break>',
      to: '',
      message: 'plain text has no <break>; the pause becomes inserted silence',
      dialect: 'text',
      position: { offset: 14, line: 1, column: 15 },
      occurrences: 2,
    });
  });

  it('plans pauses, rate changes and marks as segments of the text', () => {
    const document = parseSsml(
      '<speak><break time="300ms"/><mark name="start"/>One <break strength="strong"/>two <prosody rate="200%">fast <prosody rate="50%">normal</prosody></prosody><mark name="end"/> three.</speak>',
    );
    const { ssml, plan } = serializeSsml(document, { dialect: 'text' });
    expect(ssml).toBe('One two fast normal three.');
    expect(plan?.pauseBeforeMs).toBe(300);
    expect(plan?.marksBefore).toEqual(['start']);
    const pieces = plan?.segments.map((segment) => ({
      text: ssml.slice(segment.start, segment.end),
      rate: segment.rate,
      pause: segment.pauseAfterMs,
      marks: segment.marksAfter,
    }));
    expect(pieces).toEqual([
      { text: 'One', rate: 1, pause: 1000, marks: [] },
      { text: ' two', rate: 1, pause: 0, marks: [] },
      { text: ' fast', rate: 2, pause: 0, marks: [] },
      { text: ' normal', rate: 1, pause: 0, marks: ['end'] },
      { text: ' three.', rate: 1, pause: 0, marks: [] },
    ]);
    const joined = plan?.segments
      .map((segment) => ssml.slice(segment.start, segment.end))
      .join('');
    expect(joined).toBe(ssml);
  });

  it('maps offsets to the caller text, and has no warnings for plain text', () => {
    const text = '  a & b  ';
    const result = serializeSsml(textToSsmlDocument(text), { dialect: 'text' });
    expect(result).toMatchObject({ ssml: 'a & b', warnings: [] });
    expect([0, 2, 4].map((offset) => result.sourceMap.toSourceOffset(offset))).toEqual([
      2, 4, 6,
    ]);
  });

  it('rejects an unknown dialect', () => {
    expect(() =>
      serializeSsml(textToSsmlDocument('x'), { dialect: 'klingon' as unknown as 'w3c' }),
    ).toThrow(RangeError);
  });
});
