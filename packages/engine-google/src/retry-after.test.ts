import { describe, expect, it } from 'vitest';
import { parseProtobufDuration, parseRetryAfterHeader } from './retry-after';

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfterHeader({ value: '7' })).toBe(7_000);
    expect(parseRetryAfterHeader({ value: ' 1.5 ' })).toBe(1_500);
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(parseRetryAfterHeader({ value: 'Wed, 21 Oct 2026 07:28:30 GMT', now })).toBe(
      30_000,
    );
    expect(parseRetryAfterHeader({ value: 'Wed, 21 Oct 2026 07:27:00 GMT', now })).toBe(
      0,
    );
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfterHeader({ value: null })).toBeUndefined();
    expect(parseRetryAfterHeader({ value: '' })).toBeUndefined();
    expect(parseRetryAfterHeader({ value: 'soon' })).toBeUndefined();
    expect(parseRetryAfterHeader({ value: '-3' })).toBeUndefined();
  });

  it('reads protobuf durations from google.rpc.RetryInfo', () => {
    expect(parseProtobufDuration('30s')).toBe(30_000);
    expect(parseProtobufDuration('0.250s')).toBe(250);
    expect(parseProtobufDuration('30')).toBeUndefined();
    expect(parseProtobufDuration(30)).toBeUndefined();
  });
});
