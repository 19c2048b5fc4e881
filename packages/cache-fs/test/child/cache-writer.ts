// A child process that writes deterministic entries to a cache directory,
// for the crash and multi-process tests. Bundled by esbuild before use.
import { createFsCache } from '../../src/index';
import { deterministicEntry } from '../deterministic-entry';

export type CacheWriterConfig = {
  dir: string;
  keys: string[];
  baseBytes: number;
  /** Writes before exiting; null writes until killed. */
  iterations: number | null;
  writer: number;
  maxBytes?: number;
  /** Wait for a line on stdin before writing, so a test can start the process early. */
  waitForStart?: boolean;
};

const config = JSON.parse(process.argv[2] as string) as CacheWriterConfig;
const cache = createFsCache({
  dir: config.dir,
  ...(config.maxBytes === undefined ? {} : { maxBytes: config.maxBytes }),
});
// Entries are made up front, so that the write loop spends its time writing.
const entries = Array.from({ length: config.keys.length * 3 }, (_, generation) => {
  const key = config.keys[(generation + config.writer) % config.keys.length] as string;
  const { baseBytes, writer } = config;
  return { key, entry: deterministicEntry({ key, generation, baseBytes, writer }) };
});
process.stdout.write('ready\n');
if (config.waitForStart) {
  await new Promise((resolve) => process.stdin.once('data', resolve));
}
const limit = config.iterations ?? Number.POSITIVE_INFINITY;
for (let iteration = 0; iteration < limit; iteration++) {
  const { key, entry } = entries[iteration % entries.length] as (typeof entries)[number];
  await cache.set(key, entry);
  if (iteration === 0) process.stdout.write('wrote\n');
}
await cache.dispose();
