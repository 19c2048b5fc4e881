import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { CacheWriterConfig } from './child/cache-writer';

const packageDirectory = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * Bundles test/child/cache-writer.ts with the package's sources and the parts
 * of `@ttskit/core` it uses into one ESM file (which starts faster than
 * importing core), in a temporary directory that `remove` deletes.
 */
export async function bundleCacheWriter(): Promise<{
  path: string;
  remove: () => Promise<void>;
}> {
  const directory = await mkdtemp(join(tmpdir(), 'ttskit-cache-fs-writer-'));
  const path = join(directory, 'cache-writer.mjs');
  const remove = () => rm(directory, { recursive: true, force: true });
  try {
    await build({
      entryPoints: [join(packageDirectory, 'test', 'child', 'cache-writer.ts')],
      outfile: path,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      define: { __PACKAGE_VERSION__: '"0.0.0-test"' },
      logLevel: 'error',
    });
  } catch (error) {
    await remove();
    throw error;
  }
  return { path, remove };
}

export type RunningWriter = {
  child: ChildProcess;
  /** Lets a writer started with `waitForStart` begin writing. */
  start: () => void;
  /** Resolves when the child printed `ready`. */
  ready: Promise<void>;
  /** Resolves when the child completed its first write. */
  firstWrite: Promise<void>;
  /** Resolves with the exit code (null when killed) and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
};

export function startCacheWriter(options: {
  scriptPath: string;
  config: CacheWriterConfig;
}): RunningWriter {
  const child = spawn(
    process.execPath,
    [options.scriptPath, JSON.stringify(options.config)],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  // A write to a child that has just died must not become an uncaught EPIPE.
  child.stdin?.on('error', () => undefined);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('close', () => reject(new Error(`writer exited before ready: ${stderr}`)));
  });
  ready.catch(() => undefined);
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
  }>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  const start = () => child.stdin?.write('go\n');
  const firstWrite = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('wrote')) resolve();
    });
    child.once('close', () => reject(new Error('writer exited before its first write')));
  });
  firstWrite.catch(() => undefined);
  return { child, start, ready, firstWrite, exited };
}
