import { describe, expect, it } from 'vitest';
import {
  decodeEntryBody,
  ENTRY_HEADER_BYTES,
  encodeEntry,
  isEntryFault,
  parseEntryHeader,
} from './entry-format';

function encode(expires?: number) {
  const data = new Uint8Array([0, 1, 2, 255]);
  const parts = encodeEntry({
    key: 'key ✓',
    entry: { data, metadata: { format: 'wav', sampleRate: 22_050 } },
    expires,
    createdAt: 1_700_000_000_000,
  });
  return Buffer.concat(parts);
}

function decode(file: Buffer, key = 'key ✓') {
  const header = file.subarray(0, ENTRY_HEADER_BYTES);
  const parsed = parseEntryHeader({ header, fileSize: file.byteLength });
  if (isEntryFault(parsed)) return parsed;
  const metadataEnd = ENTRY_HEADER_BYTES + parsed.metadataLength;
  const body = decodeEntryBody({
    header,
    metadataBytes: file.subarray(ENTRY_HEADER_BYTES, metadataEnd),
    data: file.subarray(metadataEnd),
    key,
  });
  return isEntryFault(body) ? body : { ...body, expires: parsed.expires };
}

describe('entry format', () => {
  it('starts with the magic and version, then lengths and expiry', () => {
    const file = encode(1_800_000_000_000);
    expect(file.subarray(0, 8).toString('latin1')).toBe('TTSKITFS');
    expect(file.readUInt16BE(8)).toBe(1);
    expect(file.readUInt16BE(10)).toBe(ENTRY_HEADER_BYTES);
    expect(Number(file.readBigUInt64BE(16))).toBe(4);
    expect(file.readDoubleBE(24)).toBe(1_800_000_000_000);
    expect(file.byteLength).toBe(ENTRY_HEADER_BYTES + file.readUInt32BE(12) + 4);
  });

  it('round-trips data, metadata and expiry', () => {
    const decoded = decode(encode(1_800_000_000_000));
    expect(decoded).toMatchObject({
      metadata: { format: 'wav', sampleRate: 22_050 },
      expires: 1_800_000_000_000,
    });
    expect('data' in decoded && [...decoded.data]).toEqual([0, 1, 2, 255]);
    expect(decode(encode())).toMatchObject({ expires: undefined });
  });

  it('names the fault of a damaged file', () => {
    const flipped = encode();
    flipped.writeUInt8(
      flipped.readUInt8(flipped.byteLength - 1) ^ 1,
      flipped.byteLength - 1,
    );
    expect(decode(flipped)).toEqual({ fault: 'corrupt', reason: 'checksum mismatch' });
    expect(decode(encode(), 'another key')).toMatchObject({ fault: 'key-mismatch' });
    expect(decode(encode().subarray(0, 70))).toMatchObject({ fault: 'corrupt' });
    expect(decode(Buffer.alloc(10))).toMatchObject({ fault: 'corrupt' });
    const future = encode();
    future.writeUInt16BE(2, 8);
    expect(decode(future)).toMatchObject({ fault: 'unsupported-version' });
  });
});
