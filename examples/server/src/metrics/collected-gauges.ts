import { Gauge, type Registry } from 'prom-client';
import type { JobQueue } from '../jobs/job-queue';
import type { SpeechService } from '../synthesis/speech-service';
import type { ServerMetrics } from './server-metrics';

/**
 * Gauges read when Prometheus scrapes: job counts from the queue (queue
 * depth, active jobs, failed jobs) and each engine's queue from the
 * synthesizer's `stats()` (worker utilization = active / concurrency).
 */
export function registerCollectedGauges(options: {
  metrics: ServerMetrics;
  /** The queue whose depth to report (the API); a worker process has none. */
  jobs?: Pick<JobQueue, 'counts'>;
  speech: SpeechService;
}): void {
  const { metrics, jobs, speech } = options;
  const registers = [metrics.registry];
  if (jobs) registerJobsGauge({ registers, jobs });
  const engineGauge = (
    name: string,
    help: string,
    read: (stats: EngineStats) => number,
  ) =>
    new Gauge({
      name,
      help,
      labelNames: ['engine'] as const,
      registers,
      collect() {
        for (const stats of speech.stats())
          this.set({ engine: stats.engine }, read(stats));
      },
    });
  engineGauge(
    'ttskit_engine_calls_active',
    'Engine calls running now',
    (stats) => stats.activeEngineCalls,
  );
  engineGauge(
    'ttskit_engine_calls_queued',
    'Engine calls waiting for a slot',
    (stats) => stats.queuedEngineCalls,
  );
  engineGauge(
    'ttskit_engine_concurrency',
    'Engine calls allowed at once',
    (stats) => stats.concurrency,
  );
  engineGauge(
    'ttskit_requests_in_flight',
    'Distinct request keys being produced now',
    (stats) => stats.inFlightRequests,
  );
}

type EngineStats = ReturnType<SpeechService['stats']>[number];

function registerJobsGauge(options: {
  registers: Registry[];
  jobs: Pick<JobQueue, 'counts'>;
}): void {
  const { registers, jobs } = options;
  new Gauge({
    name: 'ttskit_jobs',
    help: 'Jobs by state: waiting (queue depth), active, completed and failed (retained)',
    labelNames: ['state'] as const,
    registers,
    async collect() {
      const counts = await jobs.counts().catch(() => undefined);
      if (!counts) return;
      for (const [state, count] of Object.entries(counts)) this.set({ state }, count);
    },
  });
}
