import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ServedFile = {
  body: Uint8Array;
  /** Close the connection after this many bytes, on the next request only. */
  breakAfterBytes?: number;
  /** Answer range requests with the whole file (200), like servers without range support. */
  ignoreRanges?: boolean;
  status?: number;
};

/** A file server on 127.0.0.1 with HTTP Range support and fault injection. */
export class VoiceServer {
  readonly files = new Map<string, ServedFile>();
  /** Range header of every request, in order (`''` when none). */
  readonly ranges: string[] = [];
  private server: Server | undefined;
  private port = 0;

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const file = this.files.get(request.url ?? '');
      const range = request.headers.range ?? '';
      this.ranges.push(range);
      if (!file || file.status) {
        response.writeHead(file?.status ?? 404).end('not here');
        return;
      }
      const match = /^bytes=(\d+)-$/.exec(range);
      const start = match && !file.ignoreRanges ? Number(match[1]) : 0;
      if (start >= file.body.length && start > 0) {
        response.writeHead(416, { 'content-range': `bytes */${file.body.length}` }).end();
        return;
      }
      const body = file.body.subarray(start);
      response.writeHead(start > 0 ? 206 : 200, {
        'content-length': String(body.length),
        'accept-ranges': 'bytes',
        ...(start > 0
          ? {
              'content-range': `bytes ${start}-${file.body.length - 1}/${file.body.length}`,
            }
          : {}),
      });
      if (file.breakAfterBytes !== undefined) {
        const cut = file.breakAfterBytes;
        file.breakAfterBytes = undefined;
        // Half the body, then a clean close (FIN, not RST): the client gets every byte sent.
        response.write(body.subarray(0, cut), () => request.socket.end());
        return;
      }
      response.end(body);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
