import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const packageDirectory = join(import.meta.dirname, '..');
const workerFile = join(packageDirectory, 'dist', 'inference-worker.js');

function isFresh(): boolean {
  if (!existsSync(workerFile)) return false;
  const sources = join(packageDirectory, 'src');
  const newest = Math.max(
    ...readdirSync(sources)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => statSync(join(sources, name)).mtimeMs),
  );
  return statSync(workerFile).mtimeMs >= newest;
}

/**
 * Inference runs in a worker thread started from dist/inference-worker.js
 * (Node cannot start a worker from TypeScript sources), so the package is
 * built first when dist is missing or older than src/. turbo's `test` task
 * builds anyway; this covers `npx vitest run` straight after an edit.
 */
export function setup(): void {
  if (isFresh()) return;
  try {
    execFileSync('npx', ['tsup'], { cwd: packageDirectory, stdio: 'inherit' });
  } catch (error) {
    // The declaration step can fail while a dependency's build is stale;
    // the JavaScript (all the tests need) is written before it.
    if (!isFresh()) throw error;
  }
}
