import { describe, expect, it } from 'vitest';
import { parseProtobufDuration } from './protobuf-duration';

describe('parseProtobufDuration', () => {
  it('reads protobuf durations from google.rpc.RetryInfo', () => {
    expect(parseProtobufDuration('30s')).toBe(30_000);
    expect(parseProtobufDuration('0.250s')).toBe(250);
    expect(parseProtobufDuration('30')).toBeUndefined();
    expect(parseProtobufDuration(30)).toBeUndefined();
  });
});
