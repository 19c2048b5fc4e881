import { isExpired } from './entry-header';
import { headEntry } from './head-entry';
import { removeObjects } from './remove-objects';
import type { S3CacheContext } from './s3-cache-context';
import type { S3ObjectKeys } from './s3-object-keys';

/**
 * HeadObject, then DeleteObject on the audio and on the sidecar when the
 * entry has one. Resolves `true` when a live entry was removed; an expired
 * entry is removed too but resolves `false`, as it already read as a miss.
 */
export async function deleteEntry(options: {
  context: S3CacheContext;
  objectKeys: S3ObjectKeys;
}): Promise<boolean> {
  const { context, objectKeys } = options;
  const headed = await headEntry({ context, objectKeys });
  if (!headed) return false;
  const header = headed.header;
  const hasSidecar = header === undefined || header.sidecarDigest !== undefined;
  await removeObjects({
    context,
    objectKeys: hasSidecar ? [objectKeys.body, objectKeys.sidecar] : [objectKeys.body],
  });
  return header !== undefined && !isExpired(header, context.now());
}
