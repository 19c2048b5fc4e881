import type * as ClientS3 from '@aws-sdk/client-s3';
import type * as LibStorage from '@aws-sdk/lib-storage';
import type * as RequestPresigner from '@aws-sdk/s3-request-presigner';

export type ClientS3Module = typeof ClientS3;
export type LibStorageModule = typeof LibStorage;
export type RequestPresignerModule = typeof RequestPresigner;

/**
 * The AWS SDK packages this cache loads on first use. They are peer
 * dependencies: `client-s3` is required, the other two are optional.
 */
export const DEPENDENCIES = {
  clientS3: '@aws-sdk/client-s3',
  libStorage: '@aws-sdk/lib-storage',
  requestPresigner: '@aws-sdk/s3-request-presigner',
} as const;

function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

function missingDependency(options: { name: string; purpose: string; cause: unknown }) {
  return new Error(
    `[ttskit] [cache-s3] ${options.name} is needed ${options.purpose} but could not be loaded; run \`npm i ${options.name}\``,
    { cause: options.cause },
  );
}

let clientS3: Promise<ClientS3Module> | undefined;
let libStorage: Promise<LibStorageModule | undefined> | undefined;
let requestPresigner: Promise<RequestPresignerModule> | undefined;

/** `@aws-sdk/client-s3`, imported once, on the first cache operation. */
export function loadClientS3(): Promise<ClientS3Module> {
  clientS3 ??= import('@aws-sdk/client-s3').catch((cause: unknown) => {
    clientS3 = undefined;
    throw missingDependency({
      name: DEPENDENCIES.clientS3,
      purpose: 'for every S3 cache operation',
      cause,
    });
  });
  return clientS3;
}

/**
 * `@aws-sdk/lib-storage`, or `undefined` when it is not installed: large
 * values then go up in a single PutObject (S3 accepts up to 5 GB).
 */
export function loadLibStorage(): Promise<LibStorageModule | undefined> {
  libStorage ??= import('@aws-sdk/lib-storage').catch((cause: unknown) => {
    libStorage = undefined;
    if (isModuleNotFound(cause)) return undefined;
    throw cause;
  });
  return libStorage;
}

/** `@aws-sdk/s3-request-presigner`, needed only by `presignedUrl`. */
export function loadRequestPresigner(): Promise<RequestPresignerModule> {
  requestPresigner ??= import('@aws-sdk/s3-request-presigner').catch((cause: unknown) => {
    requestPresigner = undefined;
    throw missingDependency({
      name: DEPENDENCIES.requestPresigner,
      purpose: 'for presigned URLs',
      cause,
    });
  });
  return requestPresigner;
}
