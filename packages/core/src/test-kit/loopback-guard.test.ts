import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardLoopbackOnly, type LoopbackGuard } from './loopback-guard';

describe('guardLoopbackOnly', () => {
  let guard: LoopbackGuard | undefined;
  afterEach(() => guard?.restore());

  it('refuses a connection that leaves loopback and lets loopback through', async () => {
    guard = guardLoopbackOnly();
    await expect(fetch('http://169.254.169.254/latest/meta-data/')).rejects.toThrow();
    expect(guard.refused).toContain('169.254.169.254:80');
    const server = createServer((_request, response) => response.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
