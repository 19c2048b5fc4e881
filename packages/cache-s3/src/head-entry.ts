import { type EntryHeader, isExpired, readEntryHeader } from './entry-header';
import { removeExpiredEntry } from './remove-objects';
import type { S3CacheContext } from './s3-cache-context';
import type { S3ObjectKeys } from './s3-object-keys';
import { isNotFound } from './to-s3-cache-error';

export type HeadedObject = {
  /** `undefined` for an object this cache did not write. */
  header: EntryHeader | undefined;
  etag: string | undefined;
};

/** HeadObject on an entry's audio object; `undefined` when there is none. */
export async function headEntry(options: {
  context: S3CacheContext;
  objectKeys: S3ObjectKeys;
}): Promise<HeadedObject | undefined> {
  const { context, objectKeys } = options;
  const [sdk, client] = await Promise.all([context.sdk(), context.client()]);
  try {
    const response = await client.send(
      new sdk.HeadObjectCommand({ Bucket: context.bucket, Key: objectKeys.body }),
    );
    return { header: readEntryHeader(response.Metadata), etag: response.ETag };
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** The header of an entry that exists and has not expired; an expired one is deleted lazily. */
export async function headLiveEntry(options: {
  context: S3CacheContext;
  objectKeys: S3ObjectKeys;
}): Promise<EntryHeader | undefined> {
  const headed = await headEntry(options);
  const header = headed?.header;
  if (!header) return undefined;
  if (isExpired(header, options.context.now())) {
    await removeExpiredEntry({
      context: options.context,
      bodyKey: options.objectKeys.body,
      sidecarKey:
        header.sidecarDigest === undefined ? undefined : options.objectKeys.sidecar,
      etag: headed.etag,
    });
    return undefined;
  }
  return header;
}
