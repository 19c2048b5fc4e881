import { createHash } from 'node:crypto';
import type { CacheEntryV1 } from '@ttskit/core/spec';

/*
 * An entry file is a 64-byte header, the JSON metadata and the audio bytes:
 *
 *   0  8 bytes   magic "TTSKITFS"
 *   8  uint16    format version (1)
 *  10  uint16    header length (64)
 *  12  uint32    metadata length in bytes
 *  16  uint64    audio length in bytes
 *  24  float64   absolute expiry in ms since the epoch, 0 for none
 *  32  32 bytes  sha256 of bytes 0..32, the metadata and the audio
 *
 * Integers are big-endian. The metadata is UTF-8 JSON
 * `{ "key": <the original key>, "createdAt": <ms>, "metadata": {...} }`.
 */
export const ENTRY_HEADER_BYTES = 64;
export const ENTRY_FORMAT_VERSION = 1;
const MAGIC = Buffer.from('TTSKITFS', 'latin1');
const CHECKSUM_OFFSET = 32;

export type EntryHeader = {
  metadataLength: number;
  dataLength: number;
  /** Absolute expiry in ms since the epoch, or undefined for none. */
  expires: number | undefined;
};

/** Why a file is not a usable entry. Corrupt and key-mismatched files get removed. */
export type EntryFault = {
  fault: 'corrupt' | 'unsupported-version' | 'key-mismatch';
  reason: string;
};

type StoredMetadata = {
  key: string;
  createdAt: number;
  metadata: Record<string, unknown>;
};

function checksum(parts: readonly Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** The bytes of an entry file, as parts to write one after the other. */
export function encodeEntry(options: {
  key: string;
  entry: CacheEntryV1;
  expires: number | undefined;
  createdAt: number;
}): Uint8Array[] {
  const stored: StoredMetadata = {
    key: options.key,
    createdAt: options.createdAt,
    metadata: options.entry.metadata,
  };
  const metadataBytes = Buffer.from(JSON.stringify(stored), 'utf8');
  const header = Buffer.alloc(ENTRY_HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt16BE(ENTRY_FORMAT_VERSION, 8);
  header.writeUInt16BE(ENTRY_HEADER_BYTES, 10);
  header.writeUInt32BE(metadataBytes.byteLength, 12);
  header.writeBigUInt64BE(BigInt(options.entry.data.byteLength), 16);
  header.writeDoubleBE(options.expires ?? 0, 24);
  const sum = checksum([
    header.subarray(0, CHECKSUM_OFFSET),
    metadataBytes,
    options.entry.data,
  ]);
  sum.copy(header, CHECKSUM_OFFSET);
  return [header, metadataBytes, options.entry.data];
}

export function isEntryFault(value: unknown): value is EntryFault {
  return typeof value === 'object' && value !== null && 'fault' in value;
}

/** Checks the fixed header against the size of the file it came from. */
export function parseEntryHeader(options: {
  header: Buffer;
  fileSize: number;
}): EntryHeader | EntryFault {
  const { header, fileSize } = options;
  if (header.byteLength < ENTRY_HEADER_BYTES) {
    return { fault: 'corrupt', reason: `truncated header (${fileSize} bytes)` };
  }
  if (!header.subarray(0, MAGIC.byteLength).equals(MAGIC)) {
    return { fault: 'corrupt', reason: 'wrong magic' };
  }
  const version = header.readUInt16BE(8);
  if (version !== ENTRY_FORMAT_VERSION) {
    return { fault: 'unsupported-version', reason: `format version ${version}` };
  }
  const metadataLength = header.readUInt32BE(12);
  const dataLength = Number(header.readBigUInt64BE(16));
  const expires = header.readDoubleBE(24);
  const expected = ENTRY_HEADER_BYTES + metadataLength + dataLength;
  if (header.readUInt16BE(10) !== ENTRY_HEADER_BYTES || expected !== fileSize) {
    return { fault: 'corrupt', reason: `size ${fileSize}, header says ${expected}` };
  }
  if (!Number.isFinite(expires) || expires < 0) {
    return { fault: 'corrupt', reason: 'invalid expiry' };
  }
  return { metadataLength, dataLength, expires: expires === 0 ? undefined : expires };
}

/** Verifies the checksum and the key, and returns the entry. */
export function decodeEntryBody(options: {
  header: Buffer;
  metadataBytes: Buffer;
  data: Uint8Array;
  key: string;
}): CacheEntryV1 | EntryFault {
  const { header, metadataBytes, data } = options;
  const sum = checksum([header.subarray(0, CHECKSUM_OFFSET), metadataBytes, data]);
  if (!sum.equals(header.subarray(CHECKSUM_OFFSET, ENTRY_HEADER_BYTES))) {
    return { fault: 'corrupt', reason: 'checksum mismatch' };
  }
  let stored: StoredMetadata;
  try {
    stored = JSON.parse(metadataBytes.toString('utf8')) as StoredMetadata;
  } catch {
    return { fault: 'corrupt', reason: 'metadata is not JSON' };
  }
  if (stored === null || typeof stored !== 'object' || typeof stored.key !== 'string') {
    return { fault: 'corrupt', reason: 'metadata has no key' };
  }
  if (stored.key !== options.key) {
    return { fault: 'key-mismatch', reason: 'the file belongs to another key' };
  }
  return { data, metadata: stored.metadata ?? {} };
}
