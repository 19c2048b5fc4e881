import type { PutObjectCommandInput } from '@aws-sdk/client-s3';
import type { CacheEntryV1 } from '@ttskit/core';
import { audioContentType } from './audio-content-type';
import { loadLibStorage } from './aws-sdk-modules';
import { encodeEntryHeader } from './entry-header';
import { removeObjects } from './remove-objects';
import type { S3CacheContext } from './s3-cache-context';
import type { S3ObjectKeys } from './s3-object-keys';

function checkEntry(entry: CacheEntryV1, expires: number | undefined): void {
  if (!(entry?.data instanceof Uint8Array)) {
    throw new TypeError('entry.data must be a Uint8Array');
  }
  const metadata: unknown = entry.metadata;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new TypeError('entry.metadata must be a JSON object');
  }
  if (expires !== undefined && (typeof expires !== 'number' || Number.isNaN(expires))) {
    throw new TypeError('expires must be a number of ms since the epoch');
  }
}

async function putAudio(options: {
  context: S3CacheContext;
  input: PutObjectCommandInput & { Body: Uint8Array };
}): Promise<void> {
  const { context, input } = options;
  const [sdk, client] = await Promise.all([context.sdk(), context.client()]);
  if (input.Body.byteLength >= context.multipartThresholdBytes) {
    const libStorage = await loadLibStorage();
    if (libStorage) {
      const upload = new libStorage.Upload({
        client,
        params: input,
        partSize: context.multipartPartBytes,
        queueSize: context.concurrency,
        leavePartsOnError: false,
      });
      await upload.done();
      return;
    }
  }
  await client.send(new sdk.PutObjectCommand(input));
}

/**
 * Writes an entry: the sidecar first (when the metadata needs one), then the
 * audio object, whose user metadata carries the sidecar's digest. A reader
 * that sees audio and sidecar from two racing writes finds the digests
 * differ and reports a miss. An expiry in the past deletes the key instead.
 */
export async function writeEntry(options: {
  context: S3CacheContext;
  objectKeys: S3ObjectKeys;
  entry: CacheEntryV1;
  expires: number | undefined;
}): Promise<void> {
  const { context, objectKeys, entry, expires } = options;
  checkEntry(entry, expires);
  if (expires !== undefined && expires <= context.now()) {
    await removeObjects({ context, objectKeys: [objectKeys.body, objectKeys.sidecar] });
    return;
  }
  const absoluteExpiry =
    expires !== undefined && Number.isFinite(expires) ? expires : undefined;
  const encoded = encodeEntryHeader({
    metadata: entry.metadata,
    byteLength: entry.data.byteLength,
    expires: absoluteExpiry,
    inlineLimitBytes: context.inlineMetadataLimitBytes,
  });
  if (encoded.sidecarText !== undefined) {
    const [sdk, client] = await Promise.all([context.sdk(), context.client()]);
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: context.bucket,
        Key: objectKeys.sidecar,
        Body: encoded.sidecarText,
        ContentType: 'application/json; charset=utf-8',
      }),
    );
  }
  await putAudio({
    context,
    input: {
      Bucket: context.bucket,
      Key: objectKeys.body,
      Body: entry.data,
      ContentType: audioContentType(entry.metadata),
      Metadata: encoded.userMetadata,
      ...(absoluteExpiry === undefined ? {} : { Expires: new Date(absoluteExpiry) }),
    },
  });
}
