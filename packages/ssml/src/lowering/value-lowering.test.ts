import { describe, expect, it } from 'vitest';
import type { ValueRule } from '../capabilities/capability-types';
import { lowerValue } from './value-lowering';

const pollyRate: ValueRule = {
  kind: 'rate',
  accepts: ['label', 'percentage'],
  writes: 'percentage',
  range: { minimum: 0.2, maximum: 2 },
};
const azureRate: ValueRule = {
  kind: 'rate',
  accepts: ['label', 'multiplier', 'signed-percentage'],
  writes: 'multiplier',
  range: { minimum: 0.5, maximum: 2 },
};
const googlePitch: ValueRule = {
  kind: 'pitch',
  accepts: ['label', 'signed-percentage', 'percentage', 'semitones'],
  writes: 'signed-percentage',
};
const semitonePitch: ValueRule = {
  ...googlePitch,
  accepts: ['label'],
  writes: 'semitones',
};
const azurePitch: ValueRule = {
  kind: 'pitch',
  accepts: [
    'label',
    'signed-percentage',
    'semitones',
    'relative-hertz',
    'absolute-hertz',
  ],
  writes: 'signed-percentage',
  range: { minimum: -50, maximum: 50 },
};
const decibels: ValueRule = {
  kind: 'volume',
  accepts: ['label', 'decibels'],
  writes: 'decibels',
};
const azureVolume: ValueRule = {
  kind: 'volume',
  accepts: ['label', 'signed-percentage', 'signed-number', 'number'],
  writes: 'signed-percentage',
};

const lower = (rule: ValueRule, values: string[]) =>
  values.map((value) => lowerValue(rule, value));

describe('lowerValue', () => {
  it('passes rates in accepted forms, converts others to the target form, clamps at the bounds', () => {
    expect(lower(pollyRate, ['slow', '85%', '20%', '200%'])).toEqual(
      Array(4).fill({ kind: 'pass' }),
    );
    expect(lower(pollyRate, ['-10%', '+50%', '1.2'])).toEqual([
      { kind: 'converted', value: '90%' },
      { kind: 'converted', value: '150%' },
      { kind: 'converted', value: '120%' },
    ]);
    expect(lower(pollyRate, ['19.99%', '200.01%', '10%', '300%', '-90%'])).toEqual([
      { kind: 'clamped', value: '20%', range: '20% to 200%' },
      { kind: 'clamped', value: '200%', range: '20% to 200%' },
      { kind: 'clamped', value: '20%', range: '20% to 200%' },
      { kind: 'clamped', value: '200%', range: '20% to 200%' },
      { kind: 'clamped', value: '20%', range: '20% to 200%' },
    ]);
    expect(
      lower(azureRate, ['150%', '50%', '+30%', '1.2', 'x-fast', '0.4', '250%']),
    ).toEqual([
      { kind: 'converted', value: '1.5' },
      // SSML 1.1's 50% is half speed; Azure would read it as +50%.
      { kind: 'converted', value: '0.5' },
      { kind: 'pass' },
      { kind: 'pass' },
      { kind: 'pass' },
      { kind: 'clamped', value: '0.5', range: '0.5 to 2' },
      { kind: 'clamped', value: '2', range: '0.5 to 2' },
    ]);
    expect(lower(pollyRate, ['fast-ish', '', '+x%'])).toEqual(
      Array(3).fill({ kind: 'invalid', reason: 'is not a rate' }),
    );
  });

  it('converts pitch between semitones and percent; hertz cannot convert', () => {
    expect(lower(googlePitch, ['-2st', '+10%', '10%', 'high'])).toEqual(
      Array(4).fill({ kind: 'pass' }),
    );
    expect(
      lower({ ...googlePitch, accepts: ['signed-percentage'] }, ['+2st', '10%']),
    ).toEqual([
      { kind: 'converted', value: '+12.25%' },
      { kind: 'converted', value: '+10%' },
    ]);
    expect(lower(semitonePitch, ['+12.25%', '-50%'])).toEqual([
      { kind: 'converted', value: '+2st' },
      { kind: 'converted', value: '-12st' },
    ]);
    expect(lower(googlePitch, ['+20Hz', '180Hz'])).toEqual(
      Array(2).fill({
        kind: 'invalid',
        reason: "is in hertz, which needs the voice's base pitch to convert",
      }),
    );
    expect(lower(azurePitch, ['+50%', '+20st', '-60%', 'x-high', '+80Hz'])).toEqual([
      { kind: 'pass' },
      { kind: 'clamped', value: '+50%', range: '-50% to +50%' },
      { kind: 'clamped', value: '-50%', range: '-50% to +50%' },
      { kind: 'pass' },
      { kind: 'pass' },
    ]);
  });

  it('converts volume between decibels and Azure forms', () => {
    expect(lower(decibels, ['+6dB', 'loud', 'silent'])).toEqual(
      Array(3).fill({ kind: 'pass' }),
    );
    expect(lower(decibels, ['6dB', '80', '+10', '50%', '+100%'])).toEqual([
      { kind: 'converted', value: '+6dB' },
      { kind: 'converted', value: '-1.94dB' },
      { kind: 'converted', value: '+0.83dB' },
      { kind: 'converted', value: '-6.02dB' },
      { kind: 'converted', value: '+6.02dB' },
    ]);
    expect(
      lower(azureVolume, ['-6dB', '+6dB', '0dB', '-200dB', '80', '+10', '-5%']),
    ).toEqual([
      { kind: 'converted', value: '-49.88%' },
      { kind: 'converted', value: '+99.53%' },
      { kind: 'converted', value: '+0%' },
      { kind: 'converted', value: '-100%' },
      { kind: 'pass' },
      { kind: 'pass' },
      { kind: 'pass' },
    ]);
    expect(lowerValue(decibels, 'string')).toEqual({
      kind: 'invalid',
      reason: 'is not a volume',
    });
  });

  it('clamps times, numbers; checks enumerations, say-as values and break strengths', () => {
    const breakTime: ValueRule = { kind: 'time', range: { minimum: 0, maximum: 10_000 } };
    expect(
      lower(breakTime, ['10s', '10000ms', '10001ms', '10.5s', '2 s', 'later']),
    ).toEqual([
      { kind: 'pass' },
      { kind: 'pass' },
      { kind: 'clamped', value: '10000ms', range: '0ms to 10000ms' },
      { kind: 'clamped', value: '10000ms', range: '0ms to 10000ms' },
      { kind: 'pass' },
      { kind: 'invalid', reason: 'is not a time (250ms, 3s)' },
    ]);
    const soundLevel: ValueRule = {
      kind: 'number',
      unit: 'dB',
      signed: true,
      range: { minimum: -40, maximum: 40 },
    };
    expect(lower(soundLevel, ['+40dB', '-41dB', '6', '+6db'])).toEqual([
      { kind: 'pass' },
      { kind: 'clamped', value: '-40dB', range: '-40dB to +40dB' },
      { kind: 'invalid', reason: 'is not a number like +40dB' },
      { kind: 'pass' },
    ]);
    const alphabet: ValueRule = {
      kind: 'enumeration',
      values: ['ipa', 'x-sampa'],
      aliases: { sampa: 'x-sampa' },
    };
    expect(lower(alphabet, ['ipa', 'IPA', 'sampa', 'sapi'])).toEqual([
      { kind: 'pass' },
      { kind: 'converted', value: 'ipa' },
      { kind: 'converted', value: 'x-sampa' },
      { kind: 'invalid', reason: 'is not one of "ipa", "x-sampa"' },
    ]);
    const interpretAs: ValueRule = {
      kind: 'interpret-as',
      values: ['characters', 'spell-out', 'cardinal', 'number_digit'],
      preferred: { digits: 'number_digit' },
    };
    expect(
      lower(interpretAs, ['spell-out', 'verbatim', 'number', 'digits', 'unit']),
    ).toEqual([
      { kind: 'pass' },
      { kind: 'converted', value: 'characters' },
      { kind: 'converted', value: 'cardinal' },
      { kind: 'converted', value: 'number_digit' },
      { kind: 'invalid', reason: 'is not an interpretation it supports' },
    ]);
    const strength: ValueRule = { kind: 'break-strength', values: ['weak', 'strong'] };
    expect(lower(strength, ['weak', 'none', 'x-strong', 'huge'])).toEqual([
      { kind: 'pass' },
      { kind: 'converted', value: '0ms', attribute: 'time' },
      { kind: 'converted', value: '1250ms', attribute: 'time' },
      { kind: 'invalid', reason: 'is not one of "weak", "strong"' },
    ]);
  });
});
