import type { S3CacheContext } from './s3-cache-context';
import { isCacheObjectKey } from './s3-object-keys';

/**
 * Deletes every object of this cache under the prefix: ListObjectsV2 page by
 * page (1 000 keys each), then one DeleteObjects per page. Objects under the
 * prefix whose names this cache would not produce are left alone.
 */
export async function clearPrefix(options: { context: S3CacheContext }): Promise<void> {
  const { context } = options;
  const [sdk, client] = await Promise.all([context.sdk(), context.client()]);
  let continuationToken: string | undefined;
  do {
    const page = await client.send(
      new sdk.ListObjectsV2Command({
        Bucket: context.bucket,
        Prefix: context.prefix,
        ContinuationToken: continuationToken,
      }),
    );
    const objects = (page.Contents ?? [])
      .map((object) => object.Key)
      .filter(
        (objectKey): objectKey is string =>
          objectKey !== undefined &&
          isCacheObjectKey({ prefix: context.prefix, objectKey }),
      )
      .map((objectKey) => ({ Key: objectKey }));
    if (objects.length > 0) {
      const result = await client.send(
        new sdk.DeleteObjectsCommand({
          Bucket: context.bucket,
          Delete: { Objects: objects, Quiet: true },
        }),
      );
      const failure = result.Errors?.[0];
      if (failure) {
        throw new Error(
          `DeleteObjects failed for ${result.Errors?.length} objects, e.g. "${failure.Key}": ${failure.Code} ${failure.Message}`,
        );
      }
    }
    continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (continuationToken !== undefined);
}
