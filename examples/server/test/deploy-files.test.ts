import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockEngine } from '@ttskit/core/test-kit';
import { describe, expect, it } from 'vitest';
import { environmentSchema } from '../src/config/environment-schema';
import { loadConfig } from '../src/config/load-config';
import tsupConfig from '../tsup.config';
import {
  type Container,
  containerOf,
  durationMs,
  healthUrl,
  interpolate,
  loadDeployFiles,
  nginxDirective,
  nginxSizeBytes,
  readDeployFile,
  repositoryRoot,
  serviceWorkspaces,
  workspaceFolders,
} from './helpers/deploy-files';
import { hasRedisServer, startRedisServer } from './helpers/redis-server';
import { startTestServer } from './helpers/test-server';
import { startTestWorker } from './helpers/test-worker';

const known = new Set(Object.keys(environmentSchema.shape));
const {
  ttskitServices,
  composeService,
  kubernetes,
  configMap,
  secret,
  api,
  worker,
  dockerfile,
  site,
} = loadDeployFiles();
const shutdownMs = Number(configMap.SHUTDOWN_TIMEOUT_MS);
const dockerHealthcheck = healthUrl(
  dockerfile.find((line) => line.startsWith('HEALTHCHECK')) as string,
);

describe('deploy/: environment variables', () => {
  it('names only variables the service reads', () => {
    const named: Array<[string, string[]]> = [
      ...ttskitServices.map(([name, service]): [string, string[]] => [
        `compose ${name}`,
        Object.keys(service.environment ?? {}),
      ]),
      ['ConfigMap', Object.keys(configMap)],
      ['Secret', Object.keys(secret)],
      ...[api, worker].map((of): [string, string[]] => [
        of.metadata.name,
        (containerOf(of).env ?? []).map((entry) => entry.name),
      ]),
      [
        'Dockerfile', // NODE_ENV is Node's own
        dockerfile
          .filter((line) => line.startsWith('ENV '))
          .flatMap((line) =>
            [...line.matchAll(/(\w+)=/g)].map((match) => match[1] as string),
          )
          .filter((key) => key !== 'NODE_ENV'),
      ],
    ];
    expect(named.flatMap(([, keys]) => keys).length).toBeGreaterThan(40);
    const unknown = named.flatMap(([where, keys]) =>
      keys.filter((key) => !known.has(key)).map((key) => `${where}: ${key}`),
    );
    expect(unknown).toEqual([]);
  });

  it('gives values the service accepts', () => {
    const config = loadConfig({ ...configMap, ...secret });
    expect(config.port).toBe(8080);
    expect(config.jobs.queue).toBe('bullmq');
    expect(config.worker.port).toBe(8081);
    expect(config.storage.s3?.bucket).toBe(configMap.S3_BUCKET);
    // the placeholder digest is what its comment says
    expect(secret.TTSKIT_API_KEY_HASHES).toBe(
      createHash('sha256').update('sk-change-me').digest('hex'),
    );
    for (const [name, service] of ttskitServices) {
      const environment = Object.fromEntries(
        Object.entries(service.environment ?? {}).map(([key, value]) => [
          key,
          interpolate(String(value)),
        ]),
      );
      const parsed = loadConfig(environment);
      expect(parsed.storage.s3?.forcePathStyle, name).toBe(true);
      expect(parsed.jobs.queue, name).toBe('bullmq');
      expect(parsed.trustProxy, name).toBe(true);
    }
    // both Deployments read the ConfigMap and the Secret by these names
    for (const of of [api, worker]) {
      expect(containerOf(of).envFrom).toEqual([
        { configMapRef: { name: 'ttskit-config' } },
        { secretRef: { name: 'ttskit-secrets' } },
      ]);
    }
  });
});

describe('deploy/: processes, ports and probes', () => {
  const entries = Object.keys((tsupConfig as { entry: Record<string, string> }).entry);
  const apiCommand = ['node', 'examples/server/dist/main.js'];
  const workerCommand = ['node', 'examples/server/dist/worker.js'];

  it('runs the entries tsup builds', () => {
    expect(entries).toEqual(expect.arrayContaining(['main', 'worker']));
    const cmd = dockerfile.find((line) => line.startsWith('CMD ')) as string;
    expect(JSON.parse(cmd.slice(4))).toEqual(apiCommand);
    expect(containerOf(api).command).toEqual(apiCommand);
    expect(containerOf(worker).command).toEqual(workerCommand);
    expect(composeService('worker').command).toEqual(workerCommand);
    const manifest = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    );
    expect(manifest.scripts.start).toBe('node dist/main.js');
    expect(manifest.scripts.worker).toBe('node dist/worker.js');
  });

  it('agrees on ports: 8080 for the api, 8081 for the worker', () => {
    const port = (container: Container, name: string) =>
      container.ports?.find((entry) => entry.name === name)?.containerPort;
    expect(Number(configMap.PORT)).toBe(8080);
    expect(port(containerOf(api), 'http')).toBe(8080);
    expect(Number(configMap.WORKER_PORT)).toBe(8081);
    expect(port(containerOf(worker), 'metrics')).toBe(8081);
    const service = kubernetes('service.yaml')[0] as {
      spec: { ports: Array<{ targetPort: string }> };
    };
    expect(service.spec.ports[0]?.targetPort).toBe('http');
    expect(api.spec.template.metadata.annotations?.['prometheus.io/port']).toBe('8080');
    expect(worker.spec.template.metadata.annotations?.['prometheus.io/port']).toBe(
      '8081',
    );
    expect(dockerfile).toContain('EXPOSE 8080');
    expect(dockerHealthcheck.port).toBe(8080);
    for (const name of ['api-1', 'api-2']) {
      expect(composeService(name).environment?.PORT).toBe('8080');
      expect(composeService(name).expose).toEqual(['8080']);
      expect(healthUrl(composeService(name).healthcheck?.test ?? []).port).toBe(8080);
      expect(site).toContain(`server ${name}:8080 `);
    }
    expect(composeService('worker').environment?.WORKER_PORT).toBe('8081');
    expect(healthUrl(composeService('worker').healthcheck?.test ?? []).port).toBe(8081);
  });

  it('probes the api on routes it serves', async () => {
    const paths = new Set([
      containerOf(api).readinessProbe?.httpGet.path,
      containerOf(api).livenessProbe?.httpGet.path,
      healthUrl(composeService('api-1').healthcheck?.test ?? []).path,
      dockerHealthcheck.path,
    ]);
    expect([...paths].sort()).toEqual(['/healthz', '/readyz']);
    const server = await startTestServer({ engines: { mock: new MockEngine() } });
    try {
      for (const path of paths) {
        expect((await fetch(`${server.url}${path}`)).status, path).toBe(200);
      }
      // the worker HPA's queue depth (hpa.yaml) is a series the api exports
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      expect(metrics).toMatch(/^ttskit_jobs\{state="waiting"\} \d+$/m);
      expect(readDeployFile('kubernetes/hpa.yaml')).toContain(
        `seriesQuery: 'ttskit_jobs{state="waiting"}'`,
      );
    } finally {
      await server.close();
    }
  });

  it('probes the worker on its /healthz and /readyz', async () => {
    const paths = new Set([
      containerOf(worker).readinessProbe?.httpGet.path,
      containerOf(worker).livenessProbe?.httpGet.path,
      healthUrl(composeService('worker').healthcheck?.test ?? []).path,
    ]);
    expect([...paths].sort()).toEqual(['/healthz', '/readyz']);
    expect(containerOf(worker).readinessProbe?.httpGet.port).toBe('metrics');
    if (!hasRedisServer()) return; // the paths above are the worker's documented ones
    const redis = await startRedisServer();
    const directory = await mkdtemp(join(tmpdir(), 'ttskit-deploy-worker-'));
    try {
      const running = await startTestWorker({
        env: { REDIS_URL: redis.url, CACHE_DIR: directory },
        engines: { mock: new MockEngine() },
      });
      try {
        for (const path of paths) {
          await expect
            .poll(async () => (await fetch(`${running.url}${path}`)).status, {
              timeout: 10_000,
            })
            .toBe(200);
        }
      } finally {
        await running.close();
      }
    } finally {
      await redis.stop();
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe('deploy/: limits and timeouts', () => {
  it('gives a stopping process more time than its drain', () => {
    const apiContainer = containerOf(api);
    const pause = apiContainer.lifecycle?.preStop?.exec?.command;
    expect(pause?.[0]).toBe('sleep');
    const pauseMs = Number(pause?.[1]) * 1000;
    expect(api.spec.template.spec.terminationGracePeriodSeconds * 1000).toBeGreaterThan(
      pauseMs + shutdownMs,
    );
    expect(
      worker.spec.template.spec.terminationGracePeriodSeconds * 1000,
    ).toBeGreaterThan(shutdownMs);
    for (const [name, service] of ttskitServices) {
      const drainMs = Number(service.environment?.SHUTDOWN_TIMEOUT_MS ?? 30_000);
      expect(durationMs(service.stop_grace_period ?? '10s'), name).toBeGreaterThan(
        drainMs,
      );
    }
  });

  it('lets nginx pass every body the service accepts, and keeps its timeouts in line', () => {
    const bodyLimit = nginxSizeBytes(
      nginxDirective(site, 'client_max_body_size')[0] ?? '1m',
    );
    const defaults = environmentSchema.parse({});
    expect(bodyLimit).toBeGreaterThanOrEqual(defaults.MAX_JOB_BODY_BYTES);
    expect(bodyLimit).toBeGreaterThanOrEqual(Number(configMap.MAX_JOB_BODY_BYTES));
    // nginx closes idle upstream connections before Node does (keepAliveTimeout)
    const createServer = readFileSync(
      new URL('../src/create-server.ts', import.meta.url),
      'utf8',
    );
    const nodeKeepAliveMs = Number(
      /keepAliveTimeout: ([\d_]+)/.exec(createServer)?.[1]?.replaceAll('_', ''),
    );
    expect(nodeKeepAliveMs).toBeGreaterThan(0);
    const upstreamKeepAlive = nginxDirective(site, 'keepalive_timeout')[0] as string;
    expect(durationMs(upstreamKeepAlive)).toBeLessThan(nodeKeepAliveMs);
    // the WebSocket's read timeout outlasts the service's own idle limit
    const streamTimeouts = nginxDirective(site, 'proxy_read_timeout').map(durationMs);
    expect(Math.max(...streamTimeouts)).toBeGreaterThan(
      defaults.STREAM_IDLE_SECONDS * 1000,
    );
    // compose mounts the shipped files where nginx.conf includes them
    const nginx = composeService('nginx');
    expect(nginx.volumes).toEqual([
      './nginx/nginx.conf:/etc/nginx/nginx.conf:ro',
      './nginx/ttskit.conf:/etc/nginx/conf.d/ttskit.conf:ro',
    ]);
    expect(readDeployFile('nginx/nginx.conf')).toContain(
      'include /etc/nginx/conf.d/ttskit.conf;',
    );
  });
});

describe('deploy/: the image and the manifests list', () => {
  const copies = dockerfile
    .filter((line) => line.startsWith('COPY ') && !line.includes('--from='))
    .map((line) => line.split(/\s+/).slice(1, -1));
  const sources = copies.flat();

  it('copies what exists: every workspace manifest and the service packages', () => {
    for (const source of sources) {
      expect(existsSync(new URL(source, repositoryRoot)), source).toBe(true);
    }
    for (const folder of workspaceFolders()) {
      expect(sources, 'npm ci checks every workspace').toContain(
        `${folder}/package.json`,
      );
    }
    const built = dockerfile
      .filter((line) => line.startsWith('COPY --from=build'))
      .map((line) => line.split(/\s+/)[2]);
    for (const folder of serviceWorkspaces().values()) {
      expect(sources, `${folder} is built`).toContain(folder);
      expect(built, `${folder} reaches the runtime image`).toContain(
        `/app/${folder}/dist`,
      );
    }
    const manifest = JSON.parse(
      readFileSync(new URL('package.json', repositoryRoot), 'utf8'),
    );
    expect(readDeployFile('Dockerfile')).toContain(
      `npm install --global ${manifest.packageManager}`,
    );
  });

  it('lists every manifest in kustomization.yaml except the example Secret', () => {
    const kustomization = kubernetes('kustomization.yaml')[0] as { resources: string[] };
    const manifests = readdirSync(
      new URL('../deploy/kubernetes/', import.meta.url),
    ).filter(
      (file) =>
        file.endsWith('.yaml') &&
        file !== 'kustomization.yaml' &&
        file !== 'secret.example.yaml',
    );
    expect([...kustomization.resources].sort()).toEqual(manifests.sort());
  });
});
