import type { CacheEntryV1 } from '@ttskit/core';

/**
 * One stored value is one string, so it survives any Keyv serializer
 * (Keyv's JSON turns a bare `Uint8Array` into `{"0":41,"1":188,...}`, 13 times
 * its size) and stays about 4/3 of the audio:
 *
 *     ttskit1:<byte length>:<metadata length>:<metadata JSON><audio as base64>
 *
 * The byte length lets a truncated value be detected instead of served.
 */
const HEADER = 'ttskit1:';
const HEADER_PATTERN = /^ttskit1:(\d+):(\d+):/;

export function encodeEntry(entry: CacheEntryV1): string {
  const metadata = JSON.stringify(entry.metadata ?? {});
  const { data } = entry;
  const base64 = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString(
    'base64',
  );
  return `${HEADER}${data.byteLength}:${metadata.length}:${metadata}${base64}`;
}

function unreadable(reason: string): Error {
  return new Error(`unreadable entry (${reason}); it will be replaced on the next set`);
}

/** A `Uint8Array` that owns its memory (small Buffers share a pool). */
function ownedBytes(buffer: Buffer): Uint8Array {
  const ownsMemory =
    buffer.byteOffset === 0 && buffer.buffer.byteLength === buffer.byteLength;
  return ownsMemory
    ? new Uint8Array(buffer.buffer, 0, buffer.byteLength)
    : new Uint8Array(buffer);
}

/** Decodes a stored value; throws when it is not an entry this package wrote. */
export function decodeEntry(value: unknown): CacheEntryV1 {
  if (typeof value !== 'string') throw unreadable(`a ${typeof value}, not a string`);
  const header = HEADER_PATTERN.exec(value);
  if (!header) throw unreadable('unknown format');
  const byteLength = Number(header[1]);
  const metadataLength = Number(header[2]);
  const metadataStart = header[0].length;
  const dataStart = metadataStart + metadataLength;
  let metadata: unknown;
  try {
    metadata = JSON.parse(value.slice(metadataStart, dataStart));
  } catch {
    throw unreadable('metadata is not JSON');
  }
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw unreadable('metadata is not an object');
  }
  const data = Buffer.from(value.slice(dataStart), 'base64');
  if (data.byteLength !== byteLength) {
    throw unreadable(`${data.byteLength} bytes instead of ${byteLength}`);
  }
  return { data: ownedBytes(data), metadata: metadata as Record<string, unknown> };
}
