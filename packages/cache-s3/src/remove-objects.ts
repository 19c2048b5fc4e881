import type { S3CacheContext } from './s3-cache-context';

/** Deletes objects, one request each (DeleteObject answers 204 whether or not the object existed). */
export async function removeObjects(options: {
  context: S3CacheContext;
  objectKeys: readonly string[];
}): Promise<void> {
  const { context, objectKeys } = options;
  const [sdk, client] = await Promise.all([context.sdk(), context.client()]);
  await Promise.all(
    objectKeys.map((objectKey) =>
      client.send(
        new sdk.DeleteObjectCommand({ Bucket: context.bucket, Key: objectKey }),
      ),
    ),
  );
}

/**
 * Best-effort removal of an expired entry that a read or `has` came across.
 * The audio object is deleted only if its ETag is still the expired one
 * (`If-Match`), so a newer write of the same key survives; its sidecar goes
 * only after that succeeded. A failure never fails the read.
 */
export async function removeExpiredEntry(options: {
  context: S3CacheContext;
  bodyKey: string;
  sidecarKey: string | undefined;
  etag: string | undefined;
}): Promise<void> {
  const { context, bodyKey, sidecarKey, etag } = options;
  try {
    const [sdk, client] = await Promise.all([context.sdk(), context.client()]);
    await client.send(
      new sdk.DeleteObjectCommand({
        Bucket: context.bucket,
        Key: bodyKey,
        ...(etag === undefined ? {} : { IfMatch: etag }),
      }),
    );
    if (sidecarKey !== undefined) {
      await client.send(
        new sdk.DeleteObjectCommand({ Bucket: context.bucket, Key: sidecarKey }),
      );
    }
  } catch {
    // A newer write (412), a server without conditional deletes, a network
    // error: the entry still reads as a miss, and the next write replaces it.
  }
}
