// (d) Latency of a hit in @ttskit/cache-fs (open, read, checksum and key
// check) against a raw fs.promises.readFile of a file of the same size, in
// the same run, alternating the two. Both read from the page cache.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFsCache } from '@ttskit/cache-fs';
import { formatMs, percentile } from './stats.mjs';

const KIB = 1024;

export async function runFsCacheHitLatency({
  sizes = [16 * KIB, 256 * KIB, 2 * KIB * KIB],
  bytesPerSize = 512 * KIB * KIB,
} = {}) {
  const directory = await mkdtemp(join(tmpdir(), 'ttskit-bench-cache-fs-'));
  const rows = [];
  try {
    const cache = createFsCache({ dir: join(directory, 'cache') });
    for (const size of sizes) {
      const key = `bench-${size}`;
      const data = new Uint8Array(randomBytes(size));
      await cache.set(key, { data, metadata: { format: 'mp3', sampleRate: 24_000 } });
      const rawPath = join(directory, `raw-${size}.bin`);
      await writeFile(rawPath, data);
      const iterations = Math.max(200, Math.min(3_000, Math.round(bytesPerSize / size)));
      for (let index = 0; index < 50; index++) {
        await cache.get(key);
        await readFile(rawPath);
      }
      const getTimes = [];
      const readTimes = [];
      for (let index = 0; index < iterations; index++) {
        let startedAt = performance.now();
        const entry = await cache.get(key);
        getTimes.push(performance.now() - startedAt);
        if (entry?.data.byteLength !== size) throw new Error('expected a cache hit');
        startedAt = performance.now();
        await readFile(rawPath);
        readTimes.push(performance.now() - startedAt);
      }
      const ratio = (fraction) =>
        (percentile(getTimes, fraction) / percentile(readTimes, fraction)).toFixed(2);
      rows.push({
        size: size >= KIB * KIB ? `${size / KIB / KIB} MiB` : `${size / KIB} KiB`,
        iterations,
        'readFile p50': formatMs(percentile(readTimes, 0.5)),
        'get p50': formatMs(percentile(getTimes, 0.5)),
        'get / readFile p50': ratio(0.5),
        'readFile p99': formatMs(percentile(readTimes, 0.99)),
        'get p99': formatMs(percentile(getTimes, 0.99)),
        'get / readFile p99': ratio(0.99),
      });
    }
    await cache.dispose();
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  console.log('\n## (d) fs cache hit latency: get() against readFile() of the same size');
  console.table(rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await runFsCacheHitLatency();
