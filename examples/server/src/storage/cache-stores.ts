import { createFsCache } from '@ttskit/cache-fs';
import { createS3Cache, type S3Cache } from '@ttskit/cache-s3';
import type { CacheStoreV1 } from '@ttskit/core';
import type { StorageConfig } from '../config/server-config';

/** The shared cache tiers, fastest first, read after each engine's memory cache. */
export type CacheStores = {
  tiers: CacheStoreV1[];
  /** The S3 tier, when configured: audio is then served by presigned URL. */
  s3: S3Cache | undefined;
  /** Closes every store's connections. */
  dispose(): Promise<void>;
};

/**
 * Builds the tiers from the configuration: Redis (when `REDIS_URL` is set),
 * then the durable tier, S3 when `S3_BUCKET` is set and the file system
 * otherwise. Stores connect lazily: nothing here waits for the network, and
 * the Redis client is only loaded when Redis is configured.
 */
export async function createCacheStores(config: StorageConfig): Promise<CacheStores> {
  const tiers: CacheStoreV1[] = [];
  if (config.redisUrl) {
    const [{ default: KeyvRedis }, { createKeyvCache }] = await Promise.all([
      import('@keyv/redis'),
      import('@ttskit/cache-keyv'),
    ]);
    const redis = new KeyvRedis(
      // fail fast while Redis is away: the tier is then skipped, never waited for
      { url: config.redisUrl, disableOfflineQueue: true },
      { connectionTimeout: 1_000 },
    );
    tiers.push(
      createKeyvCache({
        keyv: redis,
        namespace: 'ttskit',
        timeoutMs: 1_000,
        // long audio (a job's book chapter) goes to the durable tier only
        maxEntryBytes: config.redisMaxEntryBytes,
      }),
    );
  }
  const s3 = config.s3
    ? createS3Cache({
        bucket: config.s3.bucket,
        prefix: config.s3.prefix,
        clientConfig: {
          region: config.s3.region,
          forcePathStyle: config.s3.forcePathStyle,
          ...(config.s3.endpoint ? { endpoint: config.s3.endpoint } : {}),
          ...(config.s3.credentials ? { credentials: config.s3.credentials } : {}),
        },
      })
    : undefined;
  tiers.push(
    s3 ?? createFsCache({ dir: config.fs.directory, maxBytes: config.fs.maxBytes }),
  );
  return {
    tiers,
    s3,
    async dispose() {
      await Promise.allSettled(tiers.map((tier) => tier.dispose?.()));
    },
  };
}
