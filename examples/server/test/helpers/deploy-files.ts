import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

/** The repository root (the Docker build context). */
export const repositoryRoot = new URL('../../../../', import.meta.url);

export const readDeployFile = (path: string) =>
  readFileSync(new URL(`../../deploy/${path}`, import.meta.url), 'utf8');

/** Every YAML document of a deploy/ file, as plain objects (`<<` merge keys applied). */
export function yamlDocuments<T = Record<string, unknown>>(path: string): T[] {
  return parseAllDocuments(readDeployFile(path), { merge: true }).map(
    (document) => document.toJS() as T,
  );
}

export type Container = {
  name: string;
  command?: string[];
  ports?: Array<{ name: string; containerPort: number }>;
  env?: Array<{ name: string }>;
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  readinessProbe?: { httpGet: { path: string; port: string | number } };
  livenessProbe?: { httpGet: { path: string; port: string | number } };
  lifecycle?: { preStop?: { exec?: { command: string[] } } };
};

export type Deployment = {
  kind: 'Deployment';
  metadata: { name: string };
  spec: {
    template: {
      metadata: { annotations?: Record<string, string> };
      spec: { terminationGracePeriodSeconds: number; containers: Container[] };
    };
  };
};

export type ComposeService = {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string>;
  expose?: string[];
  healthcheck?: { test: string[] };
  stop_grace_period?: string;
  volumes?: string[];
};

/**
 * A compose value with its `${NAME:-default}` and `${NAME:?message}`
 * interpolations done the way `docker compose` would with NAME unset, except
 * that a required variable gets `placeholder` instead of an error.
 */
export function interpolate(value: string, placeholder = 'sk-placeholder'): string {
  return value
    .replace(
      /\$\{(\w+)(?::([-?])([^}]*))?\}/g,
      (_match, _name, kind: string, rest: string) => (kind === '-' ? rest : placeholder),
    )
    .replaceAll('$$', '$');
}

/** `40s`, `1m30s`, `2m` (compose durations) in milliseconds. */
export function durationMs(value: string): number {
  const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (parts.map((part) => part[0]).join('') !== value) {
    throw new Error(`[test] not a duration: ${value}`);
  }
  return parts.reduce(
    (total, part) => total + Number(part[1]) * (units[part[2] as string] as number),
    0,
  );
}

/** nginx sizes: `5m`, `4096k`, `1g` or bytes. */
export function nginxSizeBytes(value: string): number {
  const match = /^(\d+)([kmg]?)$/i.exec(value);
  if (!match) throw new Error(`[test] not an nginx size: ${value}`);
  const factor = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[
    (match[2] as string).toLowerCase() as '' | 'k' | 'm' | 'g'
  ];
  return Number(match[1]) * factor;
}

/** The values of an nginx directive, in order, comments left out. */
export function nginxDirective(config: string, name: string): string[] {
  return config
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line.startsWith(`${name} `))
    .map((line) => line.slice(name.length).replace(/;$/, '').trim());
}

/** A Dockerfile's instructions, continuation lines joined, comments left out. */
export function dockerInstructions(text: string): string[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** The folders the root package.json's `workspaces` globs name (`dir/*` and `dir/prefix-*`). */
export function workspaceFolders(): string[] {
  const manifest = JSON.parse(
    readFileSync(new URL('package.json', repositoryRoot), 'utf8'),
  ) as { workspaces: string[] };
  return manifest.workspaces.flatMap((pattern) => {
    const star = pattern.indexOf('*');
    if (star < 0) return [pattern];
    const parent = pattern.slice(0, pattern.lastIndexOf('/', star));
    const prefix = pattern.slice(parent.length + 1, star);
    return readdirSync(new URL(`${parent}/`, repositoryRoot))
      .filter((name) => name.startsWith(prefix))
      .map((name) => `${parent}/${name}`)
      .filter((folder) => existsSync(new URL(`${folder}/package.json`, repositoryRoot)));
  });
}

/** The workspace packages the service needs at run time: its ttskit dependencies, transitively. */
export function serviceWorkspaces(): Map<string, string> {
  const byName = new Map<string, { folder: string; dependencies: string[] }>();
  for (const folder of workspaceFolders()) {
    const manifest = JSON.parse(
      readFileSync(new URL(`${folder}/package.json`, repositoryRoot), 'utf8'),
    ) as { name: string; dependencies?: Record<string, string> };
    byName.set(manifest.name, {
      folder,
      dependencies: Object.keys(manifest.dependencies ?? {}),
    });
  }
  const needed = new Map<string, string>();
  const visit = (name: string) => {
    const found = byName.get(name);
    if (!found || needed.has(name)) return;
    needed.set(name, found.folder);
    for (const dependency of found.dependencies) visit(dependency);
  };
  visit('@ttskit/example-server');
  return needed;
}

export const containerOf = (of: Deployment) =>
  of.spec.template.spec.containers[0] as Container;

/** `http://127.0.0.1:<port><path>` in a health-check command (`PORT||8080` counts as 8080). */
export function healthUrl(command: string[] | string) {
  const text = (Array.isArray(command) ? command.join(' ') : command).replace(
    /'\+\(process\.env\.PORT\|\|(\d+)\)\+'/,
    '$1',
  );
  const match = /http:\/\/127\.0\.0\.1:(\d+)(\/[\w-]+)/.exec(text);
  if (!match) throw new Error(`[test] no health URL in ${text}`);
  return { port: Number(match[1]), path: match[2] as string };
}

/** deploy/'s files, parsed. */
export function loadDeployFiles() {
  const compose = yamlDocuments<{ services: Record<string, ComposeService> }>(
    'compose.yaml',
  )[0] as { services: Record<string, ComposeService> };
  const kubernetes = (file: string) => yamlDocuments(`kubernetes/${file}`);
  const deployment = (file: string) => kubernetes(file)[0] as unknown as Deployment;
  return {
    /** The services that run the image (api-1, api-2, worker). */
    ttskitServices: Object.entries(compose.services).filter(
      ([, service]) => service.build?.dockerfile === 'examples/server/deploy/Dockerfile',
    ),
    composeService: (name: string) => compose.services[name] as ComposeService,
    kubernetes,
    configMap: kubernetes('configmap.yaml')[0]?.data as Record<string, string>,
    secret: kubernetes('secret.example.yaml')[0]?.stringData as Record<string, string>,
    api: deployment('api-deployment.yaml'),
    worker: deployment('worker-deployment.yaml'),
    dockerfile: dockerInstructions(readDeployFile('Dockerfile')),
    site: readDeployFile('nginx/ttskit.conf'),
  };
}
