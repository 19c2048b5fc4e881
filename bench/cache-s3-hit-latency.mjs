// Latency of a hit through @ttskit/cache-s3 on a local s3rver, against a raw
// GetObject of an object of the same size through the same client (body fully
// read), in the same run. The difference is the cache's own work: hashing the
// key, reading and inflating the metadata header, the length check, and for
// long documents a second GET for the metadata sidecar. s3rver runs in this
// process, so both paths share its cost; compare the ratios, not the times.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createS3Cache } from '@ttskit/cache-s3';
import S3rver from 's3rver';
import { formatMs, percentile } from './stats.mjs';

const BUCKET = 'ttskit-bench';

async function startS3rver() {
  const directory = await mkdtemp(join(tmpdir(), 'ttskit-bench-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** Audio bytes plus synthesizer-shaped metadata with `words` word timings. */
function entryOf({ bytes, words }) {
  return {
    data: new Uint8Array(randomBytes(bytes)),
    metadata: {
      entryVersion: 1,
      format: 'wav',
      sampleRate: 22_050,
      durationMs: words * 350,
      words: Array.from({ length: words }, (_, index) => ({
        text: `word${index}`,
        startMs: index * 350,
        endMs: index * 350 + 300,
        sourceStart: index * 6,
        sourceEnd: index * 6 + 5,
      })),
      marks: [],
      warnings: [],
      engine: 'espeak',
      voice: 'en-us',
    },
  };
}

async function measure({ cache, client, name, entry, hits }) {
  const key = `bench-${name}`;
  const rawKey = `raw/${name}`;
  await cache.set(key, entry);
  await client.send(
    new PutObjectCommand({ Bucket: BUCKET, Key: rawKey, Body: entry.data }),
  );
  const rawGet = async () => {
    const object = await client.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: rawKey }),
    );
    return object.Body.transformToByteArray();
  };
  const cacheTimes = [];
  const rawTimes = [];
  for (let index = -20; index < hits; index++) {
    // Alternate which path goes first, so neither always meets a warmer socket.
    const order = index % 2 === 0 ? ['cache', 'raw'] : ['raw', 'cache'];
    for (const path of order) {
      const startedAt = performance.now();
      const bytes = path === 'cache' ? (await cache.get(key))?.data : await rawGet();
      const elapsed = performance.now() - startedAt;
      if (bytes?.byteLength !== entry.data.byteLength)
        throw new Error(`${path} read failed`);
      if (index >= 0) (path === 'cache' ? cacheTimes : rawTimes).push(elapsed);
    }
  }
  return { cacheTimes, rawTimes };
}

export async function runS3CacheHitLatency({ hits = 400 } = {}) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const s3 = await startS3rver();
  const client = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  const cache = createS3Cache({ bucket: BUCKET, prefix: 'bench/', client });
  const scenarios = [
    {
      name: 'sentence',
      label: '5 s WAV, 14 words (metadata inline)',
      entry: entryOf({ bytes: 220_544, words: 14 }),
    },
    {
      name: 'document',
      label: '1 min WAV, 300 words (metadata sidecar)',
      entry: entryOf({ bytes: 2_646_044, words: 300 }),
    },
  ];
  const rows = [];
  const ratios = [];
  try {
    for (const scenario of scenarios) {
      const runs =
        scenario.name === 'document' ? Math.max(20, Math.floor(hits / 4)) : hits;
      const { cacheTimes, rawTimes } = await measure({
        cache,
        client,
        ...scenario,
        hits: runs,
      });
      const row = (run, times) => ({
        run,
        p50: formatMs(percentile(times, 0.5)),
        p99: formatMs(percentile(times, 0.99)),
      });
      rows.push(row(`raw GetObject, ${scenario.label} (baseline)`, rawTimes));
      rows.push(row(`cache.get() hit, ${scenario.label}`, cacheTimes));
      const ratio = (fraction) =>
        (percentile(cacheTimes, fraction) / percentile(rawTimes, fraction)).toFixed(2);
      ratios.push(
        `${scenario.name} (${runs} hits): p50 ${ratio(0.5)}, p99 ${ratio(0.99)}`,
      );
    }
  } finally {
    await cache.dispose();
    client.destroy();
    await s3.stop();
  }
  console.log('\n## S3 cache-hit latency (@ttskit/cache-s3 on s3rver 3.7.1, in process)');
  console.table(rows);
  console.log(`cache.get / raw GetObject ratio: ${ratios.join('; ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runS3CacheHitLatency();
