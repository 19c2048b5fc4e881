import { describe, expect, it } from 'vitest';
import type { AttributeValueKind } from './elements/element-definition';
import { checkAttributeValue } from './validate-ssml-attribute-value';

const status = (kind: AttributeValueKind, value: string) =>
  checkAttributeValue(kind, value).status;

describe('checkAttributeValue', () => {
  it('reads time designations, with a range in milliseconds', () => {
    const time: AttributeValueKind = { kind: 'time', range: { maximum: 20_000 } };
    expect(
      ['250ms', '3s', '1.5s', '+2s', '0ms'].map((value) => status(time, value)),
    ).toEqual(Array(5).fill('valid'));
    expect(
      ['0.5', '-1s', '2 minutes', '', '1.2.3s'].map((value) => status(time, value)),
    ).toEqual(Array(5).fill('invalid'));
    expect(checkAttributeValue(time, '21s')).toEqual({
      status: 'out-of-range',
      range: 'at most 20000ms',
    });
  });

  it('reads numbers with units, signs and integers', () => {
    const decibels: AttributeValueKind = {
      kind: 'number',
      unit: 'dB',
      sign: 'optional',
      range: { minimum: -40, maximum: 40 },
    };
    expect(
      ['+6dB', '-20.5dB', '5dB', '5db'].map((value) => status(decibels, value)),
    ).toEqual(Array(4).fill('valid'));
    expect(['6', '+6 dB', '--6dB', 'dB'].map((value) => status(decibels, value))).toEqual(
      Array(4).fill('invalid'),
    );
    expect(status(decibels, '+50dB')).toBe('out-of-range');
    const signed: AttributeValueKind = { kind: 'number', unit: 'dB', sign: 'required' };
    expect([status(signed, '6dB'), status(signed, '+6dB')]).toEqual(['invalid', 'valid']);
    const age: AttributeValueKind = { kind: 'number', integer: true };
    expect(['30', '+30', '-1', '1.5'].map((value) => status(age, value))).toEqual([
      'valid',
      'invalid',
      'invalid',
      'invalid',
    ]);
  });

  it('reads percentage changes: signed is a change, unsigned an absolute percentage', () => {
    const length: AttributeValueKind = {
      kind: 'percentage-change',
      range: { minimum: -50, maximum: 100 },
    };
    expect(['+20%', '-50%', '200%', '50%'].map((value) => status(length, value))).toEqual(
      Array(4).fill('valid'),
    );
    expect(['-70%', '40%', '+101%'].map((value) => status(length, value))).toEqual(
      Array(3).fill('out-of-range'),
    );
    expect(['200s', '20', ''].map((value) => status(length, value))).toEqual(
      Array(3).fill('invalid'),
    );
  });

  it('reads prosody values with the shared value parsers', () => {
    expect(
      ['slow', '150%', '+10%', '1.2'].map((value) => status({ kind: 'rate' }, value)),
    ).toEqual(Array(4).fill('valid'));
    expect(
      ['xx-large', '-150%', 'fast!'].map((value) => status({ kind: 'rate' }, value)),
    ).toEqual(Array(3).fill('invalid'));
    expect(
      ['high', '+2st', '-10%', '+20Hz', '180Hz'].map((value) =>
        status({ kind: 'pitch' }, value),
      ),
    ).toEqual(Array(5).fill('valid'));
    expect(
      ['2st', 'x-small', '+2.5.6%'].map((value) => status({ kind: 'pitch' }, value)),
    ).toEqual(Array(3).fill('invalid'));
    expect(
      ['loud', '+6dB', 'silent', '80', '+10'].map((value) =>
        status({ kind: 'volume' }, value),
      ),
    ).toEqual(Array(5).fill('valid'));
    expect(
      ['louder', '-5.5.5dB', '150'].map((value) => status({ kind: 'volume' }, value)),
    ).toEqual(Array(3).fill('invalid'));
  });

  it('reads contours as pairs of a position and a pitch', () => {
    const contour: AttributeValueKind = { kind: 'contour' };
    expect(status(contour, '(0%,+20Hz) (10%,-2st) (40%,+10Hz)')).toBe('valid');
    expect(status(contour, ' (60%,-60%) (100%,+80%) ')).toBe('valid');
    expect(
      ['(0%,up)', '(0%,+20Hz', '0%,+20Hz', '', '(a%,+1st)'].map((value) =>
        status(contour, value),
      ),
    ).toEqual(Array(5).fill('invalid'));
  });

  it('reads names, identifiers, language tags and URIs', () => {
    expect(['a b', 'm1', 'x:y'].map((value) => status({ kind: 'token' }, value))).toEqual(
      Array(3).fill('valid'),
    );
    expect(
      ['', ' a', 'a  b', 'a\tb'].map((value) => status({ kind: 'token' }, value)),
    ).toEqual(Array(4).fill('invalid'));
    expect(
      ['names', 'n-1', '_x'].map((value) => status({ kind: 'identifier' }, value)),
    ).toEqual(Array(3).fill('valid'));
    expect(
      ['1st', 'a:b', ''].map((value) => status({ kind: 'identifier' }, value)),
    ).toEqual(Array(3).fill('invalid'));
    expect(
      ['en-US', 'pt-BR', 'zh-Hans-CN', 'de'].map((value) =>
        status({ kind: 'language' }, value),
      ),
    ).toEqual(Array(4).fill('valid'));
    expect(
      ['en_US', '', ' en', 'english language'].map((value) =>
        status({ kind: 'language' }, value),
      ),
    ).toEqual(Array(4).fill('invalid'));
    expect(
      ['https://x/a.mp3', 'a.mp3'].map((value) => status({ kind: 'uri' }, value)),
    ).toEqual(['valid', 'valid']);
    expect(['', 'a b.mp3'].map((value) => status({ kind: 'uri' }, value))).toEqual([
      'invalid',
      'invalid',
    ]);
    expect(status({ kind: 'text' }, '')).toBe('valid');
    expect(status({ kind: 'enum', values: ['a', ''] }, '')).toBe('valid');
  });
});
