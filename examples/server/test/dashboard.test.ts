import { readFileSync } from 'node:fs';
import { MockEngine } from '@ttskit/core/test-kit';
import { describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server';

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
    const server = await startTestServer({ engines: { mock: new MockEngine() } });
    try {
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      const exported = new Set(
        [...metrics.matchAll(/^# TYPE (\S+) /gm)].map((match) => match[1]),
      );
      expect([...used].filter((name) => !exported.has(name))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
