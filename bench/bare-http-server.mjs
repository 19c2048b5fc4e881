// The baseline of bench/server-throughput.mjs: a bare node:http server, run as
// a child process like the service, that reads and parses the JSON body, then
// answers the bytes and headers it was sent over IPC (the service's answer to
// the same request, cache hit). Prints nothing; reports its port over IPC.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

process.once('message', ({ body, headers }) => {
  const audio = Buffer.from(body, 'base64');
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      let parsed;
      try {
        parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        parsed = undefined;
      }
      if (typeof parsed?.text !== 'string') {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end('{"error":{"type":"invalid_request_error"}}');
        return;
      }
      response.writeHead(200, {
        ...headers,
        'x-request-id': randomUUID(),
        'content-length': audio.byteLength,
      });
      response.end(audio);
    });
  });
  server.keepAliveTimeout = 72_000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.once('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    process.disconnect();
  });
});
