import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export type LocalS3 = {
  env: Record<string, string>;
  /** How many times each object key was written (PUT, POST, copy). */
  writes: Map<string, number>;
  stop(): Promise<void>;
};

type S3EventRecord = { eventName: string; s3: { object: { key: string } } };

/** s3rver (an S3 server for tests) on a free 127.0.0.1 port, with one bucket. */
export async function startLocalS3(): Promise<LocalS3> {
  // the SDK's notice that its 2027 releases need Node 22 (versions are pinned)
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const directory = await mkdtemp(join(tmpdir(), 'ttskit-server-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: 'ttskit-audio', configs: [] }],
  });
  const writes = new Map<string, number>();
  // s3rver is a Koa application: it emits S3 event notifications on itself
  const emitter = server as unknown as NodeJS.EventEmitter;
  emitter.on('event', (event: { Records: S3EventRecord[] }) => {
    for (const record of event.Records) {
      if (!record.eventName.startsWith('ObjectCreated:')) continue;
      const key = record.s3.object.key;
      writes.set(key, (writes.get(key) ?? 0) + 1);
    }
  });
  const { port } = await server.run();
  return {
    env: {
      S3_BUCKET: 'ttskit-audio',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_FORCE_PATH_STYLE: 'true',
      S3_REGION: 'us-east-1',
      // the only credentials s3rver accepts
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    writes,
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
