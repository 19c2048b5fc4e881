import type { GetObjectCommandOutput } from '@aws-sdk/client-s3';
import type { CacheEntryV1 } from '@ttskit/core';
import {
  decodeSidecar,
  type EntryHeader,
  isExpired,
  readEntryHeader,
} from './entry-header';
import { removeExpiredEntry } from './remove-objects';
import type { S3CacheContext } from './s3-cache-context';
import type { S3ObjectKeys } from './s3-object-keys';
import { isNotFound } from './to-s3-cache-error';

/** GetObject; `undefined` when the object does not exist. */
async function getObject(options: {
  context: S3CacheContext;
  objectKey: string;
}): Promise<GetObjectCommandOutput | undefined> {
  const { context, objectKey } = options;
  const [sdk, client] = await Promise.all([context.sdk(), context.client()]);
  try {
    return await client.send(
      new sdk.GetObjectCommand({ Bucket: context.bucket, Key: objectKey }),
    );
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

async function readMetadata(options: {
  context: S3CacheContext;
  objectKeys: S3ObjectKeys;
  header: EntryHeader;
}): Promise<Record<string, unknown> | undefined> {
  const { context, objectKeys, header } = options;
  if (header.inlineMetadata) return header.inlineMetadata;
  const response = await getObject({ context, objectKey: objectKeys.sidecar });
  if (!response?.Body) return undefined;
  const text = await response.Body.transformToString('utf-8');
  return decodeSidecar({ text, digest: header.sidecarDigest as string });
}

function discardBody(response: GetObjectCommandOutput): void {
  (response.Body as { destroy?: () => void } | undefined)?.destroy?.();
}

/**
 * GetObject on the audio; a sidecar, when there is one, is fetched while the
 * audio streams in. Missing, foreign or expired objects are misses (expired
 * ones are deleted lazily); audio whose length disagrees with what was
 * written is an error.
 */
export async function readEntry(options: {
  context: S3CacheContext;
  objectKeys: S3ObjectKeys;
}): Promise<CacheEntryV1 | undefined> {
  const { context, objectKeys } = options;
  const response = await getObject({ context, objectKey: objectKeys.body });
  if (!response) return undefined;
  let header: EntryHeader | undefined;
  try {
    header = readEntryHeader(response.Metadata);
  } catch (error) {
    discardBody(response);
    throw error;
  }
  if (!header || !response.Body) {
    discardBody(response);
    return undefined;
  }
  if (isExpired(header, context.now())) {
    discardBody(response);
    await removeExpiredEntry({
      context,
      bodyKey: objectKeys.body,
      sidecarKey: header.sidecarDigest === undefined ? undefined : objectKeys.sidecar,
      etag: response.ETag,
    });
    return undefined;
  }
  const [data, metadata] = await Promise.all([
    response.Body.transformToByteArray(),
    readMetadata({ context, objectKeys, header }),
  ]);
  if (data.byteLength !== header.bytes) {
    throw new Error(
      `stored object has ${data.byteLength} bytes where ${header.bytes} were written (a corrupted upload?)`,
    );
  }
  return metadata === undefined ? undefined : { data, metadata };
}
