import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

/** Debian's nginx (`apt-get install nginx-light` or `nginx`); tests skip without it. */
export const nginxBinary = '/usr/sbin/nginx';

export const hasNginx = (): boolean => existsSync(nginxBinary);

const shipped = (file: string) =>
  readFileSync(new URL(`../../deploy/nginx/${file}`, import.meta.url), 'utf8');

/** Replaces `from`, which must occur exactly once: the shipped file drifted otherwise. */
function replaceOnce(options: { text: string; from: string; to: string; file: string }) {
  const count = options.text.split(options.from).length - 1;
  if (count !== 1) {
    throw new Error(
      `[test] deploy/nginx/${options.file}: expected "${options.from}" once, found it ${count} times`,
    );
  }
  return options.text.replace(options.from, options.to);
}

/**
 * The shipped deploy/nginx files, rewritten for a test in `directory` by the
 * textual substitutions documented at their top: in ttskit.conf the two
 * upstream servers and the listen port; in nginx.conf the `user` line and
 * the absolute directories.
 */
export async function renderNginxConfig(options: {
  directory: string;
  upstreams: [string, string];
  port: number;
}): Promise<string> {
  const { directory } = options;
  let site = shipped('ttskit.conf');
  for (const [from, to] of [
    ['server api-1:8080 ', `server ${options.upstreams[0]} `],
    ['server api-2:8080 ', `server ${options.upstreams[1]} `],
    ['listen 8080;', `listen 127.0.0.1:${options.port};`],
  ] as const) {
    site = replaceOnce({ text: site, from, to, file: 'ttskit.conf' });
  }
  let main = replaceOnce({
    text: shipped('nginx.conf'),
    from: 'user nginx;\n',
    to: '',
    file: 'nginx.conf',
  });
  for (const from of ['/var/run/', '/var/log/nginx/', '/var/cache/nginx/']) {
    main = main.replaceAll(from, `${directory}/`);
  }
  main = replaceOnce({
    text: main,
    from: 'include /etc/nginx/conf.d/ttskit.conf;',
    to: `include ${directory}/ttskit.conf;`,
    file: 'nginx.conf',
  });
  const directives = main.split('\n').filter((line) => !line.trim().startsWith('#'));
  if (directives.some((line) => /\/(etc|var|usr)\//.test(line))) {
    throw new Error(
      '[test] deploy/nginx/nginx.conf names a directory the test does not map',
    );
  }
  await writeFile(join(directory, 'ttskit.conf'), site);
  const path = join(directory, 'nginx.conf');
  await writeFile(path, main);
  return path;
}

/** nginx's command line for a rendered configuration: one process, in the foreground. */
function nginxArguments(options: { directory: string; path: string }): string[] {
  return [
    '-p',
    `${options.directory}/`,
    '-c',
    options.path,
    '-e',
    join(options.directory, 'error.log'),
    '-g',
    'daemon off; master_process off;',
  ];
}

/** `nginx -t` on a rendered configuration: its exit status and what it said. */
export function checkNginxConfig(options: { directory: string; path: string }) {
  const result = spawnSync(nginxBinary, ['-t', ...nginxArguments(options)], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export type NginxProxy = {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** nginx's access log (one JSON line per request). */
  accessLog(): string;
  /** Stops nginx and removes its directory. */
  stop(): Promise<void>;
};

/** Starts the shipped nginx configuration on a free 127.0.0.1 port in front of `upstreams`. */
export async function startNginxProxy(options: {
  upstreams: [string, string];
}): Promise<NginxProxy> {
  const directory = await mkdtemp(join(tmpdir(), 'ttskit-nginx-test-'));
  const port = await freePort();
  try {
    const path = await renderNginxConfig({ ...options, directory, port });
    const checked = checkNginxConfig({ directory, path });
    if (checked.status !== 0)
      throw new Error(`[test] nginx -t failed:\n${checked.output}`);
    return await runNginx({ directory, path, port });
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
}

/** nginx in the foreground on a checked configuration, once it answers. */
async function runNginx(options: {
  directory: string;
  path: string;
  port: number;
}): Promise<NginxProxy> {
  const { directory, path, port } = options;
  let output = '';
  const child: ChildProcess = spawn(nginxBinary, nginxArguments({ directory, path }), {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(directory, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    const health = await fetch(`${url}/nginx-health`).catch(() => undefined);
    if (health?.ok) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      const file = join(directory, 'error.log');
      const errorLog = existsSync(file) ? readFileSync(file, 'utf8') : '';
      await stop();
      throw new Error(`[test] nginx did not start:\n${output}\n${errorLog}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    accessLog: () => {
      const file = join(directory, 'access.log');
      return existsSync(file) ? readFileSync(file, 'utf8') : '';
    },
    stop,
  };
}
