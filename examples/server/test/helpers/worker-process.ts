import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './free-port';
import { waitUntil } from './wait-until';

const entry = new URL('../../dist/worker.js', import.meta.url);

export type WorkerProcess = {
  child: ChildProcess;
  /** `http://127.0.0.1:<WORKER_PORT>` */
  url: string;
  /** Its JSON log lines so far. */
  logs(): string;
  /** Whether it logged `message` for job `id`. */
  logged(id: string, message: string): boolean;
  /** Stops it (SIGTERM, or `signal`) and waits for its exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
};

/**
 * `node dist/worker.js` in its own process, as `npm run worker` runs it, on
 * a free 127.0.0.1 port; resolves once its `/readyz` answers 200.
 */
export async function startWorkerProcess(
  env: Record<string, string>,
): Promise<WorkerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [entry.pathname], {
    env: {
      ...process.env,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      HOST: '127.0.0.1',
      WORKER_PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const url = `http://127.0.0.1:${port}`;
  const process_: WorkerProcess = {
    child,
    url,
    logs: () => output,
    logged: (id, message) =>
      output
        .split('\n')
        .some(
          (line) => line.includes(`"job":"${id}"`) && line.includes(`"msg":"${message}"`),
        ),
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
  try {
    await waitUntil({
      what: `worker on port ${port} to be ready`,
      timeoutMs: 30_000,
      check: async () => {
        if (child.exitCode !== null) throw new Error(`worker exited: ${output}`);
        const response = await fetch(`${url}/readyz`).catch(() => undefined);
        return response?.status === 200;
      },
    });
  } catch (error) {
    await process_.stop('SIGKILL');
    throw error;
  }
  return process_;
}
