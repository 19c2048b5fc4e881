import type { S3Client } from '@aws-sdk/client-s3';
import type { CacheEntryV1, CacheSetOptionsV1, CacheStoreV1 } from '@ttskit/core';
import { loadClientS3 } from './aws-sdk-modules';
import { clearPrefix } from './clear-prefix';
import { deleteEntry } from './delete-entry';
import { headLiveEntry } from './head-entry';
import { mapWithConcurrency } from './map-with-concurrency';
import { createPerKeyQueue } from './per-key-queue';
import {
  presignedUrl,
  resolveExpiresInSeconds,
  type S3PresignedUrlOptions,
} from './presigned-url';
import { readEntry } from './read-entry';
import type { S3CacheContext } from './s3-cache-context';
import { resolveS3CacheOptions, type S3CacheOptions } from './s3-cache-options';
import { createS3ClientHolder } from './s3-client-holder';
import { objectKeysFor, type S3ObjectKeys } from './s3-object-keys';
import { toS3CacheError } from './to-s3-cache-error';
import { writeEntry } from './write-entry';

const CACHE_NAME = 's3';

/** A `CacheStoreV1` on S3, with S3-only extras. */
export type S3Cache = CacheStoreV1 & {
  readonly name: typeof CACHE_NAME;
  readonly bucket: string;
  readonly prefix: string;
  getMany(keys: readonly string[]): Promise<Array<CacheEntryV1 | undefined>>;
  /** Deletes this cache's objects under `prefix`, and nothing else. */
  clear(): Promise<void>;
  /** Destroys the client if the cache created it. Harmless twice; the cache stays usable. */
  dispose(): Promise<void>;
  /** The S3 object key that holds a cache key's audio. */
  objectKey(key: string): string;
  /** A presigned GET URL for a key's audio; `undefined` when the key is missing or expired. */
  presignedUrl(key: string, options?: S3PresignedUrlOptions): Promise<string | undefined>;
  /** The S3 client in use (the cache's own is created on first use). */
  client(): Promise<S3Client>;
};

/**
 * An S3 (or S3-compatible) cache store. Each entry is one object holding the
 * audio, playable as is (`Content-Type` from `metadata.format`), under
 * `${prefix}${sha256(key)}`; metadata rides in its user metadata, or in a
 * `.json` sidecar when too large for S3's 2 KB limit.
 */
export function createS3Cache(options: S3CacheOptions): S3Cache {
  const { client: injected, clientConfig, ...settings } = resolveS3CacheOptions(options);
  const holder = createS3ClientHolder({ client: injected, clientConfig });
  const context: S3CacheContext = { ...settings, client: holder.get, sdk: loadClientS3 };
  const { bucket, prefix } = settings;
  const inOrder = createPerKeyQueue();

  const keysFor = (key: string): S3ObjectKeys => {
    if (typeof key !== 'string') throw new TypeError('a cache key must be a string');
    return objectKeysFor({ prefix, key });
  };

  const forKey = async <Result>(request: {
    operation: string;
    key: string;
    action: (objectKeys: S3ObjectKeys) => Promise<Result>;
  }): Promise<Result> => {
    let objectKeys: S3ObjectKeys | undefined;
    try {
      objectKeys = keysFor(request.key);
      return await request.action(objectKeys);
    } catch (error) {
      const { operation, key } = request;
      throw toS3CacheError({
        error,
        operation,
        bucket,
        key,
        objectKey: objectKeys?.body,
      });
    }
  };

  const get = (key: string) =>
    forKey({
      operation: 'get',
      key,
      action: (objectKeys) => readEntry({ context, objectKeys }),
    });

  return {
    specificationVersion: 'v1',
    name: CACHE_NAME,
    bucket,
    prefix,
    get,
    set: (key: string, entry: CacheEntryV1, setOptions?: CacheSetOptionsV1) =>
      forKey({
        operation: 'set',
        key,
        action: (objectKeys) =>
          inOrder(objectKeys.body, () =>
            writeEntry({ context, objectKeys, entry, expires: setOptions?.expires }),
          ),
      }),
    has: (key: string) =>
      forKey({
        operation: 'has',
        key,
        action: async (objectKeys) =>
          (await headLiveEntry({ context, objectKeys })) !== undefined,
      }),
    delete: (key: string) =>
      forKey({
        operation: 'delete',
        key,
        action: (objectKeys) =>
          inOrder(objectKeys.body, () => deleteEntry({ context, objectKeys })),
      }),
    getMany: (keys: readonly string[]) =>
      mapWithConcurrency({ items: keys, concurrency: settings.concurrency, run: get }),
    async clear() {
      try {
        await clearPrefix({ context });
      } catch (error) {
        throw toS3CacheError({ error, operation: 'clear', bucket });
      }
    },
    dispose: () => holder.dispose(),
    objectKey: (key: string) => keysFor(key).body,
    async presignedUrl(key: string, presignOptions?: S3PresignedUrlOptions) {
      const expiresInSeconds = resolveExpiresInSeconds(presignOptions);
      return forKey({
        operation: 'presignedUrl',
        key,
        action: (objectKeys) => presignedUrl({ context, objectKeys, expiresInSeconds }),
      });
    },
    client: holder.get,
  };
}
