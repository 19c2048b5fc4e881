import { describe, expect, it } from 'vitest';
import {
  speechifyBreakTime,
  speechifyPitch,
  speechifyRate,
  speechifyVolume,
} from './speechify-ssml-values';

describe('Speechify prosody values', () => {
  it('rate: SSML 1.1 multiplier percentages become signed changes, clamped', () => {
    expect(speechifyRate('150%')).toBe('+50%');
    expect(speechifyRate('80%')).toBe('-20%');
    expect(speechifyRate('20%')).toBe('-50%');
    expect(speechifyRate('1.25')).toBe('+25%');
    expect(speechifyRate('+20%')).toBe('+20%');
    expect(speechifyRate('-70%')).toBe('-50%');
    expect(speechifyRate('x-fast')).toBe('x-fast');
    expect(speechifyRate('default')).toBe('medium');
    expect(speechifyRate('fastest')).toBeUndefined();
  });

  it('pitch: labels and signed percentages from -83% to +100%', () => {
    expect(speechifyPitch('high')).toBe('high');
    expect(speechifyPitch('+10%')).toBe('+10%');
    expect(speechifyPitch('-90%')).toBe('-83%');
    expect(speechifyPitch('+150%')).toBe('+100%');
    expect(speechifyPitch('50%')).toBeUndefined();
    expect(speechifyPitch('+2st')).toBeUndefined();
  });

  it('volume: labels, decibels, percentages', () => {
    expect(speechifyVolume('x-loud')).toBe('x-loud');
    expect(speechifyVolume('-6db')).toBe('-6dB');
    expect(speechifyVolume('+20%')).toBe('+20%');
    expect(speechifyVolume('80')).toBeUndefined();
  });

  it('break time: milliseconds, at most 10 s', () => {
    expect(speechifyBreakTime('300ms')).toEqual({ time: '300ms', clamped: false });
    expect(speechifyBreakTime('1.5s')).toEqual({ time: '1500ms', clamped: false });
    expect(speechifyBreakTime('12s')).toEqual({ time: '10000ms', clamped: true });
    expect(speechifyBreakTime('soon')).toBeUndefined();
  });
});
