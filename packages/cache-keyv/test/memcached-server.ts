import { findFreePort, type ServerProcess, startServerProcess } from './server-process';

/** A throwaway memcached on 127.0.0.1 (TCP only, items up to 8 MB). */
export async function startMemcachedServer(): Promise<ServerProcess> {
  const port = await findFreePort();
  const runAsNobody = process.getuid?.() === 0 ? ['-u', 'nobody'] : [];
  return startServerProcess({
    command: 'memcached',
    args: ['-l', '127.0.0.1', '-p', String(port), '-U', '0', '-I', '8m', ...runAsNobody],
    port,
  });
}
