import './loopback-only';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';

/** An s3rver process on a free 127.0.0.1 port, storing into a temporary directory. */
export type LocalS3 = {
  bucket: string;
  endpoint: string;
  /** What a user would pass as `clientConfig` (no checksum setting: the cache adds it). */
  clientConfig: S3ClientConfig;
  /** A client for inspecting the bucket from tests. */
  rawClient: S3Client;
  stop(): Promise<void>;
};

/** s3rver accepts only these credentials. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function clientConfigFor(endpoint: string): S3ClientConfig {
  return {
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
  };
}

async function readPort(child: ChildProcess): Promise<number> {
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`[test] s3rver exited with code ${code} before listening`);
  });
  const listening = (async () => {
    for await (const line of lines) return (JSON.parse(line) as { port: number }).port;
    throw new Error('[test] s3rver closed its output before listening');
  })();
  return Promise.race([listening, exited]);
}

export async function startLocalS3(options: { bucket?: string } = {}): Promise<LocalS3> {
  const bucket = options.bucket ?? 'ttskit-test';
  const directory = await mkdtemp(join(tmpdir(), 'ttskit-s3rver-'));
  const script = join(import.meta.dirname, 's3rver-process.mjs');
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', script, directory, bucket],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const port = await readPort(child);
  const endpoint = `http://127.0.0.1:${port}`;
  const clientConfig = clientConfigFor(endpoint);
  const rawClient = new S3Client({
    ...clientConfig,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  return {
    bucket,
    endpoint,
    clientConfig,
    rawClient,
    async stop() {
      rawClient.destroy();
      if (child.exitCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        await exited;
      }
      await rm(directory, { recursive: true, force: true });
    },
  };
}
