import { describe, expect, it } from 'vitest';
import {
  decodeSidecar,
  encodeEntryHeader,
  isExpired,
  readEntryHeader,
  USER_METADATA_LIMIT_BYTES,
  userMetadataBytes,
} from './entry-header';

const words = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    text: `wörd${index}`,
    startMs: index * 200,
    endMs: index * 200 + 180,
  }));

describe('encodeEntryHeader / readEntryHeader', () => {
  it('round-trips small metadata inline, with bytes and expiry', () => {
    const metadata = {
      format: 'mp3',
      sampleRate: 24_000,
      words: words(3),
      nested: { a: [null, true, -1.5] },
    };
    const encoded = encodeEntryHeader({
      metadata,
      byteLength: 1234,
      expires: 1_900_000_000_123,
      inlineLimitBytes: 1536,
    });
    expect(encoded.sidecarText).toBeUndefined();
    const header = readEntryHeader(encoded.userMetadata);
    expect(header).toEqual({
      bytes: 1234,
      expires: 1_900_000_000_123,
      inlineMetadata: metadata,
      sidecarDigest: undefined,
    });
    expect(Object.values(encoded.userMetadata).join('')).toMatch(/^[\x20-\x7e]*$/);
  });

  it('moves metadata that does not fit to a sidecar, and stays under 2 KB at the limit', () => {
    const metadata = { format: 'wav', words: words(2_000) };
    const encoded = encodeEntryHeader({
      metadata,
      byteLength: 1,
      expires: Number.MAX_SAFE_INTEGER,
      inlineLimitBytes: 1800,
    });
    expect(encoded.sidecarText).toBe(JSON.stringify(metadata));
    expect(userMetadataBytes(encoded.userMetadata)).toBeLessThan(
      USER_METADATA_LIMIT_BYTES,
    );
    const header = readEntryHeader(encoded.userMetadata);
    expect(header?.inlineMetadata).toBeUndefined();
    const digest = header?.sidecarDigest as string;
    expect(decodeSidecar({ text: encoded.sidecarText as string, digest })).toEqual(
      metadata,
    );
    expect(
      decodeSidecar({ text: JSON.stringify({ format: 'mp3' }), digest }),
    ).toBeUndefined();
  });

  it('keeps inline metadata within the budget for every size up to the limit', () => {
    for (let count = 0; count < 200; count += 7) {
      const encoded = encodeEntryHeader({
        metadata: { words: words(count) },
        byteLength: 2 ** 40,
        expires: Date.now(),
        inlineLimitBytes: 1800,
      });
      expect(userMetadataBytes(encoded.userMetadata)).toBeLessThanOrEqual(
        USER_METADATA_LIMIT_BYTES,
      );
    }
  });

  it('always uses a sidecar with a limit of 0', () => {
    const encoded = encodeEntryHeader({
      metadata: {},
      byteLength: 0,
      expires: undefined,
      inlineLimitBytes: 0,
    });
    expect(encoded.sidecarText).toBe('{}');
  });

  it('ignores objects this cache did not write and rejects malformed headers', () => {
    expect(readEntryHeader(undefined)).toBeUndefined();
    expect(readEntryHeader({ 'ttskit-layout': '2' })).toBeUndefined();
    expect(() => readEntryHeader({ 'ttskit-layout': '1', 'ttskit-bytes': 'x' })).toThrow(
      /malformed/,
    );
    expect(() => readEntryHeader({ 'ttskit-layout': '1', 'ttskit-bytes': '1' })).toThrow(
      /malformed/,
    );
  });

  it('rejects metadata that is not JSON', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() =>
      encodeEntryHeader({
        metadata: cyclic,
        byteLength: 0,
        expires: undefined,
        inlineLimitBytes: 100,
      }),
    ).toThrow();
  });
});

describe('isExpired', () => {
  const header = (expires: number | undefined) => ({
    bytes: 0,
    expires,
    inlineMetadata: {},
    sidecarDigest: undefined,
  });
  it('treats the expiry instant itself as expired, and no expiry as forever', () => {
    expect(isExpired(header(1_000), 999)).toBe(false);
    expect(isExpired(header(1_000), 1_000)).toBe(true);
    expect(isExpired(header(undefined), Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});
