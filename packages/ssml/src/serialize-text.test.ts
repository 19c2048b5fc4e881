import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import { serializeSsml } from './serialize-ssml';
import { textToSsmlDocument } from './text-to-ssml-document';
import { toPlainText } from './to-plain-text';

describe('serializeSsml text', () => {
  it('returns the plain text with one warning per kind of lost element', () => {
    const source =
      '<speak><p>Wait<break time="1s"/>now<break/></p><prosody rate="slow">slow</prosody> <prosody pitch="high">high</prosody> <say-as interpret-as="characters">AB</say-as> <say-as interpret-as="date">1/2</say-as> <sub alias="doctor">Dr</sub> <amazon:effect name="drc">x</amazon:effect></speak>';
    const document = parseSsml(source);
    const result = serializeSsml(document, { dialect: 'text' });
    expect(result.ssml).toBe('Wait now slow high AB 1/2 doctor x');
    expect(result.ssml).toBe(toPlainText(document).text);
    expect(
      result.warnings.map((warning) => `${warning.element} ${warning.position.column}`),
    ).toEqual(['break 15', 'prosody 48', 'say-as 167', 'amazon:effect 237']);
    expect(result.warnings[0]).toEqual({
      type: 'ssml-lowered',
      action: 'dropped',
      element: 'break',
      from: '<break>',
      to: '',
      message: 'plain text cannot carry pauses; <break> was dropped',
      dialect: 'text',
      position: { offset: 14, line: 1, column: 15 },
      occurrences: 2,
    });
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
      serializeSsml(textToSsmlDocument('x'), { dialect: 'azure' as unknown as 'w3c' }),
    ).toThrow(RangeError);
  });
});
