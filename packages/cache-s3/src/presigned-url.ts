import { InvalidArgumentError } from '@ttskit/core';
import { loadRequestPresigner } from './aws-sdk-modules';
import { headLiveEntry } from './head-entry';
import type { S3CacheContext } from './s3-cache-context';
import type { S3ObjectKeys } from './s3-object-keys';

export type S3PresignedUrlOptions = {
  /**
   * How long the URL works, in seconds: 1 to 604 800 (7 days, the SigV4
   * limit). Default 900. Shortened to the entry's own expiry.
   */
  expiresInSeconds?: number;
};

const DEFAULT_EXPIRES_IN_SECONDS = 900;
const MAX_EXPIRES_IN_SECONDS = 604_800;

/** Validates `expiresInSeconds` before any request is made. */
export function resolveExpiresInSeconds(
  options: S3PresignedUrlOptions | undefined,
): number {
  const value = options?.expiresInSeconds ?? DEFAULT_EXPIRES_IN_SECONDS;
  if (!Number.isInteger(value) || value < 1 || value > MAX_EXPIRES_IN_SECONDS) {
    throw new InvalidArgumentError({
      argument: 'expiresInSeconds',
      message: `[ttskit] [cache-s3] expiresInSeconds must be an integer from 1 to ${MAX_EXPIRES_IN_SECONDS}`,
    });
  }
  return value;
}

/**
 * A presigned GET URL for an entry's audio, or `undefined` when the entry is
 * missing or expired (one HeadObject). Signing itself is local: no request.
 */
export async function presignedUrl(options: {
  context: S3CacheContext;
  objectKeys: S3ObjectKeys;
  expiresInSeconds: number;
}): Promise<string | undefined> {
  const { context, objectKeys } = options;
  const header = await headLiveEntry({ context, objectKeys });
  if (!header) return undefined;
  const secondsLeft =
    header.expires === undefined
      ? Number.POSITIVE_INFINITY
      : Math.floor((header.expires - context.now()) / 1000);
  const expiresIn = Math.min(options.expiresInSeconds, secondsLeft);
  if (expiresIn < 1) return undefined;
  const [sdk, client, presigner] = await Promise.all([
    context.sdk(),
    context.client(),
    loadRequestPresigner(),
  ]);
  return presigner.getSignedUrl(
    client,
    new sdk.GetObjectCommand({ Bucket: context.bucket, Key: objectKeys.body }),
    { expiresIn },
  );
}
