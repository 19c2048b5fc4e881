import { readFileSync } from 'node:fs';
import { MockEngine } from '@ttskit/core/test-kit';
import { describe, expect, it } from 'vitest';
import { hasRedisServer, startRedisServer } from './helpers/redis-server';
import { startTestServer } from './helpers/test-server';
import { startTestWorker } from './helpers/test-worker';

type Panel = { targets?: Array<{ expr: string }> };

describe('deploy/grafana-dashboard.json', () => {
  it('charts only series the service exports', async () => {
    const dashboard = JSON.parse(
      readFileSync(new URL('../deploy/grafana-dashboard.json', import.meta.url), 'utf8'),
    ) as { panels: Panel[] };
    const expressions = dashboard.panels.flatMap((panel) =>
      (panel.targets ?? []).map((target) => target.expr),
    );
    const used = new Set(
      expressions.flatMap((expression) =>
        [
          ...expression.matchAll(
            /\b([a-z_]+(?:_total|_seconds|_bytes|_bucket|_count)|ttskit_[a-z_]+)\{/g,
          ),
        ].map((match) => (match[1] as string).replace(/_(bucket|count|sum)$/, '')),
      ),
    );
    expect(used.size).toBeGreaterThan(15);
    // the API and a job worker process (which needs Redis) each export their series
    const redis = hasRedisServer() ? await startRedisServer() : undefined;
    const env = redis ? { REDIS_URL: redis.url } : undefined;
    const engines = { mock: new MockEngine() };
    const server = await startTestServer({ engines, ...(env ? { env } : {}) });
    const worker = env ? await startTestWorker({ env, engines }) : undefined;
    try {
      const exported = new Set<string>();
      for (const url of [server.url, worker?.url]) {
        if (!url) continue;
        const metrics = await (await fetch(`${url}/metrics`)).text();
        for (const match of metrics.matchAll(/^# TYPE (\S+) /gm))
          exported.add(match[1] as string);
      }
      const workerOnly = ['ttskit_worker_jobs_active', 'ttskit_worker_concurrency'];
      const missing = [...used].filter(
        (name) => !exported.has(name) && (worker || !workerOnly.includes(name)),
      );
      expect(missing).toEqual([]);
    } finally {
      await worker?.close();
      await server.close();
      await redis?.stop();
    }
  });
});
