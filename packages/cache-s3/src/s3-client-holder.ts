import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { loadClientS3 } from './aws-sdk-modules';

/**
 * Settings the cache adds to a client it creates. Since `@aws-sdk/client-s3`
 * 3.729 the SDK sends a streamed body `aws-chunked` with a checksum trailer;
 * several S3-compatible servers store the chunk framing as data (s3rver does,
 * silently). `WHEN_REQUIRED` sends checksums only where S3 demands one.
 */
export const DEFAULT_CLIENT_CONFIG: S3ClientConfig = {
  requestChecksumCalculation: 'WHEN_REQUIRED',
};

/** Hands out the S3 client: the injected one, or one created on first use. */
export type S3ClientHolder = {
  get(): Promise<S3Client>;
  /** Destroys a client the cache created; leaves an injected one alone. */
  dispose(): Promise<void>;
};

export function createS3ClientHolder(options: {
  client: S3Client | undefined;
  clientConfig: S3ClientConfig | undefined;
}): S3ClientHolder {
  const injected = options.client;
  if (injected) {
    return { get: async () => injected, dispose: async () => {} };
  }
  let created: Promise<S3Client> | undefined;
  return {
    get() {
      if (!created) {
        const pending = loadClientS3().then(
          (sdk) =>
            new sdk.S3Client({ ...DEFAULT_CLIENT_CONFIG, ...options.clientConfig }),
        );
        created = pending;
        pending.catch(() => {
          if (created === pending) created = undefined;
        });
      }
      return created;
    },
    async dispose() {
      const pending = created;
      created = undefined;
      const client = await pending?.catch(() => undefined);
      client?.destroy();
    },
  };
}
