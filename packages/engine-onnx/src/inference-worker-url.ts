import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { engineError } from './onnx-engine-errors';

/**
 * Where the worker script is. In the built package `inference-worker.js` sits
 * next to the module that runs this (`dist/`). When the TypeScript sources
 * run directly (vitest), it is the built `../dist/inference-worker.js`, so
 * the package must be built first (the test setup does it).
 */
export function resolveWorkerUrl(): URL {
  const sibling = new URL('./inference-worker.js', import.meta.url);
  if (sibling.protocol !== 'file:' || existsSync(fileURLToPath(sibling))) return sibling;
  const built = new URL('../dist/inference-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw engineError(
    `cannot find inference-worker.js next to ${fileURLToPath(import.meta.url)} nor in ../dist; build the package (npx tsup) first`,
    { isRetryable: false },
  );
}

/**
 * The parent's Node flags minus those a worker refuses: a worker started
 * under `node --input-type=module -e ...` would die with ERR_INPUT_TYPE_NOT_ALLOWED.
 */
export function workerExecArgv(): string[] {
  const flags: string[] = [];
  for (let index = 0; index < process.execArgv.length; index++) {
    const flag = process.execArgv[index] as string;
    if (flag === '--input-type') index++;
    else if (!flag.startsWith('--input-type=')) flags.push(flag);
  }
  return flags;
}
