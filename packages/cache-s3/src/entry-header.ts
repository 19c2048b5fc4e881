import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Names of the S3 user metadata (`x-amz-meta-*`) this cache writes on an audio object. */
export const USER_METADATA = {
  /** Layout version of the entry: `1`. */
  layout: 'ttskit-layout',
  /** Length of the audio in bytes, checked on every read. */
  bytes: 'ttskit-bytes',
  /** Absolute expiry in milliseconds since the epoch. */
  expires: 'ttskit-expires',
  /** Entry metadata: JSON, raw-deflated, base64. */
  metadata: 'ttskit-metadata',
  /** SHA-256 of the sidecar's JSON text, when the metadata lives in a sidecar. */
  sidecar: 'ttskit-sidecar',
} as const;

/** S3 limits user metadata to 2 KB: the UTF-8 bytes of every name and value together. */
export const USER_METADATA_LIMIT_BYTES = 2048;

const LAYOUT_VERSION = '1';

export type EncodedEntryHeader = {
  userMetadata: Record<string, string>;
  /** JSON text for the sidecar object, when the metadata does not fit inline. */
  sidecarText?: string;
};

/** What a stored audio object's user metadata says about the entry. */
export type EntryHeader = {
  bytes: number;
  expires: number | undefined;
  inlineMetadata: Record<string, unknown> | undefined;
  sidecarDigest: string | undefined;
};

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Packs an entry's metadata for S3: inline (deflated, base64) when that takes
 * at most `inlineLimitBytes`, otherwise as sidecar JSON whose digest goes
 * inline, so a reader can tell a sidecar from a concurrent write apart.
 */
export function encodeEntryHeader(options: {
  metadata: Record<string, unknown>;
  byteLength: number;
  expires: number | undefined;
  inlineLimitBytes: number;
}): EncodedEntryHeader {
  const json = JSON.stringify(options.metadata);
  if (typeof json !== 'string') throw new TypeError('metadata is not a JSON object');
  const userMetadata: Record<string, string> = {
    [USER_METADATA.layout]: LAYOUT_VERSION,
    [USER_METADATA.bytes]: String(options.byteLength),
  };
  if (options.expires !== undefined) {
    userMetadata[USER_METADATA.expires] = String(options.expires);
  }
  const packed = deflateRawSync(Buffer.from(json, 'utf8')).toString('base64');
  if (packed.length <= options.inlineLimitBytes) {
    userMetadata[USER_METADATA.metadata] = packed;
    return { userMetadata };
  }
  userMetadata[USER_METADATA.sidecar] = sha256(json);
  return { userMetadata, sidecarText: json };
}

/** Reads an audio object's user metadata; `undefined` when this cache did not write it. */
export function readEntryHeader(
  userMetadata: Record<string, string> | undefined,
): EntryHeader | undefined {
  if (userMetadata?.[USER_METADATA.layout] !== LAYOUT_VERSION) return undefined;
  const bytes = Number(userMetadata[USER_METADATA.bytes]);
  const expiresText = userMetadata[USER_METADATA.expires];
  const packed = userMetadata[USER_METADATA.metadata];
  const sidecarDigest = userMetadata[USER_METADATA.sidecar];
  if (
    !Number.isSafeInteger(bytes) ||
    (packed === undefined) === (sidecarDigest === undefined)
  ) {
    throw new Error('stored object has malformed ttskit user metadata');
  }
  return {
    bytes,
    expires: expiresText === undefined ? undefined : Number(expiresText),
    inlineMetadata:
      packed === undefined
        ? undefined
        : JSON.parse(inflateRawSync(Buffer.from(packed, 'base64')).toString('utf8')),
    sidecarDigest,
  };
}

/** Whether an entry's absolute expiry has passed. */
export function isExpired(header: EntryHeader, now: number): boolean {
  return header.expires !== undefined && header.expires <= now;
}

/** Parses sidecar JSON; `undefined` when it belongs to another write of the same key. */
export function decodeSidecar(options: {
  text: string;
  digest: string;
}): Record<string, unknown> | undefined {
  if (sha256(options.text) !== options.digest) return undefined;
  return JSON.parse(options.text) as Record<string, unknown>;
}

/** The size S3 counts against its 2 KB user metadata limit. */
export function userMetadataBytes(userMetadata: Record<string, string>): number {
  let total = 0;
  for (const [name, value] of Object.entries(userMetadata)) {
    total += Buffer.byteLength(name, 'utf8') + Buffer.byteLength(value, 'utf8');
  }
  return total;
}
