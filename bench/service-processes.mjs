// Child processes for bench/server-throughput.mjs: the reference service
// (examples/server/dist), its BullMQ workers, redis-server and a bare
// node:http server, each on a free 127.0.0.1 port. Every child is tracked and
// killed when the bench process exits, even on an error or Ctrl-C.
import { execFileSync, fork, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { resolve } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
export const serverDist = resolve(here, '../examples/server/dist');

const live = new Set();
function killAllNow() {
  for (const child of live) child.kill('SIGKILL');
}
process.once('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    killAllNow();
    process.exit(130);
  });
}

export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** The service's own variables, blanked so the bench's environment cannot leak in. */
const serviceDefaults = {
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_SECOND: '0',
  TTSKIT_API_KEYS: '',
  TTSKIT_API_KEY_HASHES: '',
  REDIS_URL: '',
  S3_BUCKET: '',
  TTSKIT_ENGINES: 'espeak',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

/**
 * Spawns a tracked child, keeps the tail of its output for error messages,
 * and waits until `isReady()` resolves true (or the child exits: an error).
 */
export async function startProcess({
  name,
  command,
  args,
  env,
  isReady,
  timeoutMs = 60_000,
}) {
  const child = spawn(command, args, {
    env: env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-4_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((done) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      done({ code, signal });
    });
    // not started at all (ENOENT): no 'exit' follows
    child.once('error', (error) => {
      live.delete(child);
      done({ error });
    });
  });
  let exit;
  exited.then((result) => {
    exit = result;
  });
  const handle = {
    name,
    child,
    pid: child.pid,
    output: () => output,
    exited,
    /** SIGTERM (graceful), then SIGKILL after `graceMs`. */
    async stop(graceMs = 10_000) {
      if (exit) return exit;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (true) {
    if (exit?.error) throw exit.error;
    if (exit) {
      throw new Error(
        `${name} exited (${exit.code ?? exit.signal}) before it was ready:\n${output}`,
      );
    }
    if (await isReady().catch(() => false)) return handle;
    if (Date.now() > deadline) {
      await handle.stop(2_000);
      throw new Error(`${name} not ready after ${timeoutMs} ms:\n${output}`);
    }
    await sleep(100);
  }
}

async function answers200(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  await response.arrayBuffer();
  return response.status === 200;
}

/** `node examples/server/dist/main.js` with `env` over the defaults; ready on `/readyz`. */
export async function startService({ env = {}, name = 'service' } = {}) {
  const main = resolve(serverDist, 'main.js');
  if (!existsSync(main))
    throw new Error(
      `${main} missing: run npx turbo run build --filter=@ttskit/example-server...`,
    );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const handle = await startProcess({
    name,
    command: process.execPath,
    args: [main],
    env: { ...process.env, ...serviceDefaults, ...env, PORT: String(port) },
    isReady: () => answers200(`${url}/readyz`),
  });
  return { ...handle, url };
}

/** Whether dist/worker.js is still the stub that says "not implemented yet". */
export function workerAvailable() {
  const file = resolve(serverDist, 'worker.js');
  if (!existsSync(file)) return { available: false, reason: `${file} missing` };
  const source = readFileSync(file, 'utf8');
  if (source.includes('not implemented yet'))
    return { available: false, reason: 'dist/worker.js is still the stub' };
  return { available: true };
}

/**
 * `node examples/server/dist/worker.js`; ready when `GET :WORKER_PORT/readyz`
 * is 200 (`url` also serves its `/metrics`).
 */
export async function startWorker({ env = {}, name = 'worker' } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const handle = await startProcess({
    name,
    command: process.execPath,
    args: [resolve(serverDist, 'worker.js')],
    env: { ...process.env, ...serviceDefaults, ...env, WORKER_PORT: String(port) },
    isReady: () => answers200(`${url}/readyz`),
  });
  return { ...handle, url };
}

function redisPing(port) {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    socket.setTimeout(1_000, () => socket.destroy());
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk;
      if (reply.includes('\r\n')) socket.end();
    });
    socket.on('error', () => done(false));
    socket.on('close', () => done(reply.startsWith('+PONG')));
  });
}

/** Whether `command --version` runs (the program is installed). */
export function commandAvailable(command) {
  return !spawnSync(command, ['--version'], { stdio: 'ignore' }).error;
}

/** A throw-away redis-server (no persistence) on a free port. */
export async function startRedis() {
  const port = await freePort();
  const handle = await startProcess({
    name: 'redis-server',
    command: 'redis-server',
    args: [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ],
    isReady: () => redisPing(port),
    timeoutMs: 15_000,
  });
  return { ...handle, url: `redis://127.0.0.1:${port}` };
}

/**
 * bench/bare-http-server.mjs in a child process of its own (as the service
 * is), answering every request with `body` and `headers`.
 */
export async function startBareServer({ body, headers }) {
  const child = fork(resolve(here, 'bare-http-server.mjs'), [], {
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  live.add(child);
  const exited = new Promise((done) =>
    child.once('exit', () => {
      live.delete(child);
      done();
    }),
  );
  const port = await new Promise((done, fail) => {
    child.once('message', (message) => done(message.port));
    child.once('exit', (code) => fail(new Error(`bare server exited (${code})`)));
    child.send({ body: Buffer.from(body).toString('base64'), headers });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

let clockTicks;
/** CPU time (user + system, all threads) a process has used, in ms; undefined off Linux. */
export function processCpuMs(pid) {
  try {
    clockTicks ??=
      Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return undefined;
  }
}

/** Sum of a Prometheus series (all label sets matching `labels`) on `/metrics`. */
export async function metricSum({ url, name, labels = {} }) {
  const response = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})? (\S+)/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [
        pair[1],
        pair[2],
      ]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value))
      sum += Number(match[3]);
  }
  return sum;
}
