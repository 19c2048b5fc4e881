import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Temporary directories for one test file, all removed after its tests.
 * Call at the top level of the test file.
 */
export function useTemporaryDirectories(): () => Promise<string> {
  const created: string[] = [];
  afterAll(async () => {
    await Promise.all(
      created.map((path) => rm(path, { recursive: true, force: true, maxRetries: 3 })),
    );
  });
  return async () => {
    const path = await mkdtemp(join(tmpdir(), 'ttskit-cache-fs-'));
    created.push(path);
    return path;
  };
}
