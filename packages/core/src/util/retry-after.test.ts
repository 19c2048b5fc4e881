import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after';

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('7')).toBe(7_000);
    expect(parseRetryAfter(' 1.5 ')).toBe(1_500);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', { now })).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', { now })).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [null, undefined, '', '  ', 'soon', '-3', '1e3', 'Tue']) {
      expect(parseRetryAfter(value, { now })).toBeUndefined();
    }
  });

  it('caps very long waits (one hour unless told)', () => {
    expect(parseRetryAfter('999999')).toBe(3_600_000);
    expect(parseRetryAfter('Thu, 22 Oct 2026 07:28:00 GMT', { now })).toBe(3_600_000);
    expect(parseRetryAfter('120', { maxMs: 60_000 })).toBe(60_000);
  });
});
