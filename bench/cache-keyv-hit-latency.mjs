// (d) Latency of a hit through @ttskit/cache-keyv on a real redis-server,
// against a raw Redis GET of a value of the same size through the same
// client, in the same run. The difference is Keyv's envelope, JSON, the
// base64 encoding (4/3 of the bytes on the wire) and the decode.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import KeyvRedis from '@keyv/redis';
import { createKeyvCache } from '@ttskit/cache-keyv';
import { formatMs, percentile } from './stats.mjs';

function hasRedisServer() {
  return (
    spawnSync('sh', ['-c', 'command -v redis-server'], { stdio: 'ignore' }).status === 0
  );
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function startRedis() {
  const port = await freePort();
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ];
  const child = spawn('redis-server', args, { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not start on port ${port}`);
    }
    await sleep(20);
  }
  return {
    port,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

async function measureSize({ cache, client, bytes, iterations }) {
  const key = `bench-${bytes}`;
  await cache.set(key, {
    data: new Uint8Array(randomBytes(bytes)),
    metadata: { format: 'mp3' },
  });
  const rawKey = `bench-raw-${bytes}`;
  await client.set(rawKey, randomBytes(bytes).toString('base64').slice(0, bytes));
  const storedBytes = await client.strLen(`bench::${key}`);
  for (let index = 0; index < 20; index++) {
    await cache.get(key);
    await client.get(rawKey);
  }
  const cacheTimes = [];
  const rawTimes = [];
  for (let index = 0; index < iterations; index++) {
    let startedAt = performance.now();
    const entry = await cache.get(key);
    cacheTimes.push(performance.now() - startedAt);
    if (entry?.data.byteLength !== bytes) throw new Error('expected a cache hit');
    startedAt = performance.now();
    const raw = await client.get(rawKey);
    rawTimes.push(performance.now() - startedAt);
    if (raw?.length !== bytes) throw new Error('expected the raw value');
  }
  return { bytes, storedBytes, cacheTimes, rawTimes };
}

export async function runKeyvCacheHitLatency({
  sizes = [
    { bytes: 32 * 1024, iterations: 2_000 },
    { bytes: 1024 * 1024, iterations: 200 },
  ],
} = {}) {
  console.log('\n## (d) Keyv cache hit on Redis vs a raw Redis GET of the same size');
  if (!hasRedisServer()) {
    console.log(
      'skipped: redis-server is not installed (apt-get install -y redis-server)',
    );
    return;
  }
  const server = await startRedis();
  const store = new KeyvRedis(
    { url: `redis://127.0.0.1:${server.port}`, disableOfflineQueue: true },
    { connectionTimeout: 1_000 },
  );
  const cache = createKeyvCache({ keyv: store, namespace: 'bench' });
  try {
    await cache.get('warm-up');
    const rows = [];
    const ratios = [];
    for (const size of sizes) {
      const result = await measureSize({ cache, client: store.client, ...size });
      const label = `${(size.bytes / 1024).toFixed(0)} KiB`;
      rows.push(
        {
          run: `${label}: raw GET (baseline)`,
          p50: formatMs(percentile(result.rawTimes, 0.5)),
          p99: formatMs(percentile(result.rawTimes, 0.99)),
        },
        {
          run: `${label}: cache.get() hit`,
          p50: formatMs(percentile(result.cacheTimes, 0.5)),
          p99: formatMs(percentile(result.cacheTimes, 0.99)),
        },
      );
      const ratio = (fraction) =>
        (
          percentile(result.cacheTimes, fraction) / percentile(result.rawTimes, fraction)
        ).toFixed(2);
      ratios.push(
        `${label}: cache / raw p50 ${ratio(0.5)}, p99 ${ratio(0.99)}; stored ${(result.storedBytes / size.bytes).toFixed(3)}× the audio`,
      );
    }
    console.table(rows);
    for (const line of ratios) console.log(line);
  } finally {
    await cache.dispose();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runKeyvCacheHitLatency();
