// Load for bench/server-throughput.mjs: autocannon for throughput, and a
// burst of simultaneous POSTs on pre-opened connections for single flight.
import { createHash } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import autocannon from 'autocannon';
import { processCpuMs } from './service-processes.mjs';

// autocannon keeps every response body as a string (binary audio decoded as
// UTF-8 and concatenated): at ~190 KB an answer that is most of the client's
// work and caps both servers at a few hundred req/s, far below what they serve.
// Bodies are not checked through autocannon here (a fetch and /metrics do), so
// that bookkeeping is skipped. Returns whether it could be.
export function skipAutocannonBodies() {
  try {
    const require = createRequire(import.meta.url);
    const queue = require('autocannon/lib/pipelinedRequestsQueue.js');
    if (typeof queue.prototype.addBody !== 'function') return false;
    queue.prototype.addBody = () => {};
    return true;
  } catch {
    return false;
  }
}

/** autocannon on `POST /v1/speech` for `seconds`, with the server's CPU time (`pid`). */
export async function cannon({ url, pid, body, seconds, connections }) {
  const clientBefore = process.cpuUsage();
  const serverBefore = processCpuMs(pid);
  const result = await autocannon({
    url: `${url}/v1/speech`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
    timeout: 10,
  });
  const client = process.cpuUsage(clientBefore);
  const serverMs = processCpuMs(pid) - serverBefore;
  const failures =
    result.non2xx + result.errors + result.timeouts + result.resets + result.mismatches;
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    answers: result['2xx'],
    failures,
    bytesPerAnswer: result.throughput.total / Math.max(1, result['2xx']),
    // NaN off Linux (no /proc)
    serverCpuPerAnswerUs: (serverMs * 1000) / Math.max(1, result.requests.total),
    serverCpuShare: serverMs / 1000 / result.duration,
    clientCpuShare: (client.user + client.system) / 1e6 / result.duration,
  };
}

/** `bodies.length` POSTs at once, each on its own (pre-opened) connection. */
export async function postAtOnce({ url, bodies }) {
  const agent = new Agent({ keepAlive: true, maxSockets: bodies.length });
  const send = ({ method, path, body }) =>
    new Promise((done, fail) => {
      const request = httpRequest(`${url}${path}`, {
        agent,
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        timeout: 300_000,
      });
      const timing = {};
      request.on('finish', () => {
        timing.writtenAt = performance.now();
      });
      request.on('timeout', () => request.destroy(new Error(`${path} timed out`)));
      request.on('error', fail);
      request.on('response', (response) => {
        timing.answeredAt = performance.now();
        const hash = createHash('sha256');
        response.on('data', (chunk) => hash.update(chunk));
        response.on('error', fail);
        response.on('end', () =>
          done({
            ...timing,
            status: response.statusCode,
            cache: response.headers['x-ttskit-cache'],
            digest: hash.digest('hex'),
            endedAt: performance.now(),
          }),
        );
      });
      request.end(body);
    });
  try {
    // open every connection first, so the POSTs leave together
    await Promise.all(bodies.map(() => send({ method: 'GET', path: '/healthz' })));
    const startedAt = performance.now();
    const answers = await Promise.all(
      bodies.map((body) => send({ method: 'POST', path: '/v1/speech', body })),
    );
    const endedAt = Math.max(...answers.map((answer) => answer.endedAt));
    return { answers, wallMs: endedAt - startedAt };
  } finally {
    agent.destroy();
  }
}
