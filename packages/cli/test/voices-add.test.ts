import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTinyPiperVoice } from '@ttskit/engine-onnx/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = new URL('../bin/ttskit.js', import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), 'ttskit-cli-voices-'));
const files = new Map<string, Buffer>();
const server = createServer((request, response) => {
  const body = files.get(request.url ?? '');
  if (!body) response.writeHead(404).end();
  else response.writeHead(200, { 'content-length': String(body.length) }).end(body);
});
let baseUrl = '';
let sha256 = '';

beforeAll(async () => {
  const voice = await writeTinyPiperVoice({
    directory: join(directory, 'source'),
    name: 'en_US-cli-low',
  });
  const model = readFileSync(voice.modelPath);
  files.set('/en_US-cli-low.onnx', model);
  files.set('/en_US-cli-low.onnx.json', readFileSync(voice.configPath));
  sha256 = createHash('sha256').update(model).digest('hex');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(directory, { recursive: true, force: true });
});

/** Runs the bin without blocking this process (the test server answers it). */
function run(file: string, args: string[]) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(file, args, { timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('ttskit voices add', () => {
  it('downloads a Piper voice and its config into --dir, verified', async () => {
    const voices = join(directory, 'voices');
    const result = await run(process.execPath, [
      bin,
      'voices',
      'add',
      `${baseUrl}/en_US-cli-low.onnx`,
      '--sha256',
      sha256,
      '--dir',
      voices,
    ]);
    expect(result.stderr).toContain('voice "en_US-cli-low"');
    expect(result.status).toBe(0);
    expect(existsSync(join(voices, 'en_US-cli-low.onnx'))).toBe(true);
    expect(existsSync(join(voices, 'en_US-cli-low.onnx.json'))).toBe(true);
  });

  it('draws a progress bar on a terminal', async () => {
    if (!existsSync('/usr/bin/script')) return;
    const voices = join(directory, 'tty');
    const command = [
      process.execPath,
      bin,
      'voices',
      'add',
      `${baseUrl}/en_US-cli-low.onnx`,
      '--sha256',
      sha256,
      '--dir',
      voices,
    ].join(' ');
    const result = await run('/usr/bin/script', ['-qec', command, '/dev/null']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/█+ 100% en_US-cli-low\.onnx/);
  });

  it('installs nothing when the checksum does not match', async () => {
    const voices = join(directory, 'corrupt');
    const result = await run(process.execPath, [
      bin,
      'voices',
      'add',
      `${baseUrl}/en_US-cli-low.onnx`,
      '--sha256',
      '0'.repeat(64),
      '--dir',
      voices,
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SHA-256');
    expect(result.stderr).toContain(join(voices, 'en_US-cli-low.onnx'));
    expect(existsSync(join(voices, 'en_US-cli-low.onnx'))).toBe(false);
  });

  it('requires --sha256', async () => {
    const result = await run(process.execPath, [
      bin,
      'voices',
      'add',
      `${baseUrl}/en_US-cli-low.onnx`,
    ]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('--sha256');
  });
});
