import { createHash } from 'node:crypto';
import type { CacheStoreV1 } from '@ttskit/core';
import { contentTypeOf, sniffAudioFormat } from './audio-content-type';
import type { CacheStores } from './cache-stores';

/** Stored audio, ready to serve. */
export type StoredAudio = {
  data: Uint8Array;
  format: string;
  contentType: string;
  sampleRate: number | undefined;
  /** A strong validator: a digest of the bytes themselves. */
  etag: string;
};

/** A request key: what `synthesize()` returns as `key`, 64 hex digits. */
export const audioKeyPattern = /^[0-9a-f]{64}$/;

/**
 * Reads audio by request key from the shared tiers, where the synthesizer
 * stored it (content-addressed: the same content is stored once, under one
 * key). Read-only: the entries belong to `@ttskit/core`'s cache, and only
 * their public parts (`data`, `metadata.format`) are used.
 */
export function createAudioStore(stores: CacheStores) {
  async function read(options: { store: CacheStoreV1; key: string }) {
    try {
      return await options.store.get(options.key);
    } catch {
      return undefined; // a failing tier is a miss; the next one may have it
    }
  }
  return {
    async get(key: string): Promise<StoredAudio | undefined> {
      for (const store of stores.tiers) {
        const entry = await read({ store, key });
        if (!entry) continue;
        const declared = entry.metadata.format;
        const format =
          typeof declared === 'string' ? declared : sniffAudioFormat(entry.data);
        const sampleRate = entry.metadata.sampleRate;
        const digest = createHash('sha256').update(entry.data).digest('base64url');
        return {
          data: entry.data,
          format,
          contentType: contentTypeOf(format),
          sampleRate: typeof sampleRate === 'number' ? sampleRate : undefined,
          etag: `"${digest.slice(0, 32)}"`,
        };
      }
      return undefined;
    },
    /** The shared tiers' names (`redis`, `s3`, `fs`), as cache warnings name them. */
    tierNames: stores.tiers.map((store) => store.name),
    /**
     * Whether the key's audio is stored: `stored` in some tier, `missing`
     * from every tier, or `unknown` when none has it but one did not answer.
     */
    async check(key: string): Promise<'stored' | 'missing' | 'unknown'> {
      let unanswered = false;
      for (const store of stores.tiers) {
        try {
          if (await store.has(key)) return 'stored';
        } catch {
          unanswered = true;
        }
      }
      return unanswered ? 'unknown' : 'missing';
    },
    /** A presigned S3 URL for the key, when S3 is configured and holds it. */
    async presignedUrl(options: { key: string; expiresInSeconds: number }) {
      if (!stores.s3) return undefined;
      return stores.s3
        .presignedUrl(options.key, { expiresInSeconds: options.expiresInSeconds })
        .catch(() => undefined);
    },
  };
}

export type AudioStore = ReturnType<typeof createAudioStore>;
