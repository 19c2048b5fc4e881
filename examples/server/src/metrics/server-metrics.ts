import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * Every metric the service exports, on a registry of its own (two servers
 * in one process, as in tests, never share series). Names follow Prometheus
 * conventions; `deploy/grafana-dashboard.json` charts them.
 */
export function createServerMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by route template, method and status, until the last byte',
      labelNames: ['method', 'route', 'status_code'] as const,
      buckets: latencyBuckets,
      registers,
    }),
    synthesisDuration: new Histogram({
      name: 'ttskit_synthesis_duration_seconds',
      help: 'Synthesis requests (cache hits included) by engine that produced them',
      labelNames: ['engine', 'cached'] as const,
      buckets: latencyBuckets,
      registers,
    }),
    synthesisErrors: new Counter({
      name: 'ttskit_synthesis_errors_total',
      help: 'Synthesis requests that failed, by engine and error',
      labelNames: ['engine', 'code'] as const,
      registers,
    }),
    engineCallDuration: new Histogram({
      name: 'ttskit_engine_call_duration_seconds',
      help: 'Calls to an engine (one per chunk and attempt), by engine and outcome',
      labelNames: ['engine', 'outcome'] as const,
      buckets: latencyBuckets,
      registers,
    }),
    engineErrors: new Counter({
      name: 'ttskit_engine_errors_total',
      help: 'Failed engine calls by engine and error code',
      labelNames: ['engine', 'code'] as const,
      registers,
    }),
    cacheLookups: new Counter({
      name: 'ttskit_cache_lookups_total',
      help: 'Cache lookups by tier (memory first) and result',
      labelNames: ['tier', 'result'] as const,
      registers,
    }),
    chunkCacheLookups: new Counter({
      name: 'ttskit_chunk_cache_lookups_total',
      help: 'Cache lookups of the chunks of long inputs (jobs, streams), by tier and result',
      labelNames: ['tier', 'result'] as const,
      registers,
    }),
    cacheErrors: new Counter({
      name: 'ttskit_cache_errors_total',
      help: 'Cache store failures and timeouts (each a miss, never a failed request)',
      labelNames: ['tier', 'operation'] as const,
      registers,
    }),
    cacheCircuitOpen: new Gauge({
      name: 'ttskit_cache_circuit_open',
      help: '1 while a cache tier is skipped by its circuit breaker',
      labelNames: ['tier'] as const,
      registers,
    }),
    jobsFinished: new Counter({
      name: 'ttskit_jobs_finished_total',
      help: 'Jobs that completed or failed in this process',
      labelNames: ['outcome'] as const,
      registers,
    }),
    jobDuration: new Histogram({
      name: 'ttskit_job_duration_seconds',
      help: 'Time from a job starting to its end',
      labelNames: ['outcome'] as const,
      buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600],
      registers,
    }),
    rateLimited: new Counter({
      name: 'ttskit_rate_limited_total',
      help: 'Requests answered 429',
      registers,
    }),
    authFailures: new Counter({
      name: 'ttskit_auth_failures_total',
      help: 'Requests answered 401, by reason',
      labelNames: ['reason'] as const,
      registers,
    }),
    websocketConnections: new Gauge({
      name: 'ttskit_websocket_connections',
      help: 'Open text-streaming WebSocket connections',
      registers,
    }),
  };
}

export type ServerMetrics = ReturnType<typeof createServerMetrics>;
