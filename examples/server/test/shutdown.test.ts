import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { freePort } from './helpers/free-port';
import { createGatedEngine } from './helpers/gated-engine';
import { postJson, startTestServer } from './helpers/test-server';

describe('graceful shutdown', () => {
  it('drains an in-flight request and refuses new connections', async () => {
    const gated = createGatedEngine({ open: 0 });
    const server = await startTestServer({ engines: { mock: gated.engine } });
    try {
      const inFlight = postJson({
        url: `${server.url}/v1/speech`,
        body: { text: 'Finish me.' },
      });
      await expect.poll(() => gated.started).toBe(1);
      const closing = server.close();
      await expect
        .poll(
          async () =>
            (await fetch(`${server.url}/readyz`).catch(() => undefined))?.status,
        )
        .not.toBe(200);
      gated.release();
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('audio/wav');
      expect((await response.arrayBuffer()).byteLength).toBe(44 + 2 * 0.2 * 16_000 * 2);
      await closing;
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    } finally {
      gated.release();
      await server.close();
    }
  });
});

const main = new URL('../dist/main.js', import.meta.url);

/** Reads JSON log lines of a child until one matches. */
async function waitForLog(child: ChildProcess, pattern: RegExp): Promise<string> {
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) if (pattern.test(line)) return line;
  throw new Error(`the server exited before logging ${pattern}`);
}

describe.skipIf(!existsSync(main))('the built service (npm start)', () => {
  it('on SIGTERM finishes the request in flight, then exits 0', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [main.pathname], {
      env: {
        ...process.env,
        PORT: String(port),
        WARM_UP: 'false',
        ESPEAK_WORKERS: '1',
        LOG_LEVEL: 'debug',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    try {
      await waitForLog(child, /"playground url"/);
      expect(stderr).toContain(`ttskit playground: http://127.0.0.1:${port}/`);
      const text = 'This sentence is spoken while the server is asked to stop. '.repeat(
        12,
      );
      const inFlight = postJson({
        url: `http://127.0.0.1:${port}/v1/speech`,
        body: { text, format: 'mp3' },
      });
      await waitForLog(child, /"url":"\/v1\/speech","msg":"incoming"/);
      child.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
