import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EngineCallError } from '@ttskit/core/spec';
import { describe, expect, it } from 'vitest';
import { EspeakWorkerPool } from '../src/espeak-worker-pool';
import { resolveWorkerUrl } from '../src/synthesis-worker-url';
import { bookText, rejectionOf } from './helpers';

const parameters = { voice: 'gmw/en-US', rate: 175, pitch: 50, volume: 100 };

function job(text: string, abortSignal?: AbortSignal) {
  return { text, parameters, ...(abortSignal ? { abortSignal } : {}) };
}

function exitOf(worker: {
  once(event: 'exit', listener: (code: number) => void): unknown;
}) {
  return new Promise<number>((resolve) => worker.once('exit', resolve));
}

describe('EspeakWorkerPool', () => {
  it('starts workers only when work arrives, at most `size`, and disposes them', async () => {
    const pool = new EspeakWorkerPool({
      size: 2,
      warmUp: false,
      idleTimeoutMs: Number.POSITIVE_INFINITY,
    });
    expect(pool.workerCount).toBe(0);
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, index) => pool.run(job(`Sentence number ${index}.`))),
    );
    for (const result of results) expect(result.samples.length).toBeGreaterThan(10_000);
    expect(pool.workerCount).toBe(2);

    const exits = pool.workersForTesting.map((entry) => exitOf(entry.worker));
    const pending = rejectionOf(pool.run(job(bookText(800))));
    await pool.dispose();
    expect(await Promise.all(exits)).toHaveLength(2);
    expect(pool.workerCount).toBe(0);
    const error = await pending;
    expect(EngineCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ isRetryable: false });

    // Usable again afterwards.
    expect((await pool.run(job('Back again.'))).samples.length).toBeGreaterThan(0);
    await pool.dispose();
  });

  it('replaces a worker that dies mid-synthesis; the call fails as retryable', async () => {
    const pool = new EspeakWorkerPool({
      size: 1,
      warmUp: false,
      idleTimeoutMs: Number.POSITIVE_INFINITY,
    });
    try {
      await pool.run(job('Start the worker.'));
      const [entry] = pool.workersForTesting;
      const pending = pool.run(job(bookText(1500)));
      setTimeout(() => void entry?.worker.terminate(), 50);
      const error = await rejectionOf(pending);
      expect(EngineCallError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ engine: 'espeak', isRetryable: true });
      expect((error as Error).message).toMatch(/worker crashed/);
      expect(pool.workerCount).toBe(0);
      const next = await pool.run(job('A new worker speaks.'));
      expect(next.samples.length).toBeGreaterThan(0);
      expect(pool.workersForTesting[0]?.worker).not.toBe(entry?.worker);
    } finally {
      await pool.dispose();
    }
  });

  it('reports a worker that cannot start, without spawning in a loop', async () => {
    const failing = new EspeakWorkerPool({
      size: 2,
      warmUp: false,
      idleTimeoutMs: 1_000,
      workerUrl: new URL(
        `data:text/javascript,${encodeURIComponent(
          "import { parentPort } from 'node:worker_threads'; parentPort.postMessage({ type: 'init-error', message: 'no data file' });",
        )}`,
      ),
    });
    const error = await rejectionOf(failing.run(job('Hello.')));
    expect(error).toMatchObject({ isRetryable: false });
    expect((error as Error).message).toMatch(/failed to start: no data file/);

    const crashing = new EspeakWorkerPool({
      size: 2,
      warmUp: false,
      idleTimeoutMs: 1_000,
      workerUrl: new URL(
        `data:text/javascript,${encodeURIComponent("throw new Error('boom');")}`,
      ),
    });
    const crash = await rejectionOf(crashing.run(job('Hello.')));
    expect(EngineCallError.isInstance(crash)).toBe(true);
    expect((crash as Error).message).toMatch(/boom/);
    expect(crashing.workerCount).toBe(0);
  });

  it('terminates idle workers after idleTimeoutMs', async () => {
    const pool = new EspeakWorkerPool({ size: 1, warmUp: true, idleTimeoutMs: 200 });
    await pool.run(job('Then I rest.'));
    const [entry] = pool.workersForTesting;
    expect(pool.workerCount).toBe(1);
    await exitOf(entry?.worker as NonNullable<typeof entry>['worker']);
    expect(pool.workerCount).toBe(0);
  });

  it('drops a queued call that is aborted before a worker takes it', async () => {
    const pool = new EspeakWorkerPool({
      size: 1,
      warmUp: false,
      idleTimeoutMs: Number.POSITIVE_INFINITY,
    });
    try {
      const busy = pool.run(job(bookText(300)));
      const controller = new AbortController();
      const queued = pool.run(job('Never spoken.', controller.signal));
      controller.abort();
      expect(await rejectionOf(queued)).toMatchObject({ name: 'TTS_AbortError' });
      expect((await busy).samples.length).toBeGreaterThan(0);
    } finally {
      await pool.dispose();
    }
  });

  it('lets the process exit when work is done, without dispose(), and keeps it alive while busy', async () => {
    const script = `
      const { espeak } = await import(${JSON.stringify(new URL('../dist/index.js', resolveWorkerUrl()).href)});
      const result = await espeak('en-us').doSynthesize({ input: 'Goodbye.', inputType: 'text', format: 'pcm' });
      console.log('samples', result.audio.samples.length);
    `;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', script],
      {
        cwd: join(import.meta.dirname, '..'),
        timeout: 15_000,
      },
    );
    expect(stdout).toMatch(/^samples \d{4,}/);
  });
});
