import { findFreePort, type ServerProcess, startServerProcess } from './server-process';

/** A throwaway redis-server on 127.0.0.1, without persistence. */
export async function startRedisServer(port?: number): Promise<ServerProcess> {
  const chosen = port ?? (await findFreePort());
  return startServerProcess({
    command: 'redis-server',
    args: [
      '--port',
      String(chosen),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ],
    port: chosen,
  });
}
