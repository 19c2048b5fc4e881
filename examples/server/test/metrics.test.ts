import { EngineCallError } from '@ttskit/core';
import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startTestServer, type TestServer } from './helpers/test-server';

/** The value of one series in Prometheus text, 0 when absent. */
function seriesValue(metrics: string, series: string): number {
  const line = metrics
    .split('\n')
    .find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('GET /metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ engines: { mock: new MockEngine() } });
  });
  afterAll(() => server.close());
  const scrape = async () => (await fetch(`${server.url}/metrics`)).text();
  const speak = (text: string) =>
    postJson({ url: `${server.url}/v1/speech`, body: { text } });

  it('exports every documented series', async () => {
    await speak('Warm the series up.');
    const metrics = await scrape();
    for (const name of [
      'http_request_duration_seconds',
      'ttskit_synthesis_duration_seconds',
      'ttskit_engine_call_duration_seconds',
      'ttskit_cache_lookups_total',
      'ttskit_jobs',
      'ttskit_engine_calls_active',
      'ttskit_engine_calls_queued',
      'ttskit_engine_concurrency',
      'ttskit_websocket_connections',
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(metrics, name).toContain(`# TYPE ${name} `);
    }
  });

  it('moves: requests by route and status, syntheses by engine, cache by tier', async () => {
    const route = 'http_request_duration_seconds_count{method="POST",route="/v1/speech"';
    const before = await scrape();
    await speak('Metrics move.');
    await speak('Metrics move.');
    await postJson({ url: `${server.url}/v1/speech`, body: { text: 1 } });
    const after = await scrape();
    expect(seriesValue(after, `${route},status_code="200"}`)).toBe(
      seriesValue(before, `${route},status_code="200"}`) + 2,
    );
    expect(seriesValue(after, `${route},status_code="400"}`)).toBe(
      seriesValue(before, `${route},status_code="400"}`) + 1,
    );
    const synthesis =
      'ttskit_synthesis_duration_seconds_count{engine="mock",cached="false"}';
    expect(seriesValue(after, synthesis)).toBe(seriesValue(before, synthesis) + 1);
    const memoryHits = 'ttskit_cache_lookups_total{tier="memory",result="hit"}';
    expect(seriesValue(after, memoryHits)).toBe(seriesValue(before, memoryHits) + 1);
    const fsMisses = 'ttskit_cache_lookups_total{tier="fs",result="miss"}';
    expect(seriesValue(after, fsMisses)).toBe(seriesValue(before, fsMisses) + 1);
    expect(seriesValue(after, 'ttskit_engine_concurrency{engine="mock"}')).toBe(4);
  });

  it('counts engine errors by code', async () => {
    const failing = await startTestServer({
      engines: {
        mock: new MockEngine({
          doSynthesize: async () => {
            throw new EngineCallError({
              message: 'refused',
              engine: 'mock',
              statusCode: 400,
            });
          },
        }),
      },
      env: { LOG_LEVEL: 'silent' },
    });
    try {
      const response = await postJson({
        url: `${failing.url}/v1/speech`,
        body: { text: 'x' },
      });
      expect(response.status).toBe(502);
      const metrics = await (await fetch(`${failing.url}/metrics`)).text();
      expect(
        seriesValue(metrics, 'ttskit_engine_errors_total{engine="mock",code="http_400"}'),
      ).toBe(1);
    } finally {
      await failing.close();
    }
  });
});
