import { Gauge } from 'prom-client';
import type { SpeechJobWorker } from '../jobs/speech-job-worker';
import type { ServerMetrics } from '../metrics/server-metrics';

/** Worker utilization: jobs running now against the jobs this process may run at once. */
export function registerWorkerGauges(options: {
  metrics: ServerMetrics;
  jobWorker: SpeechJobWorker;
}): void {
  const { metrics, jobWorker } = options;
  const registers = [metrics.registry];
  new Gauge({
    name: 'ttskit_worker_jobs_active',
    help: 'Jobs this worker process runs now',
    registers,
    collect() {
      this.set(jobWorker.active());
    },
  });
  new Gauge({
    name: 'ttskit_worker_concurrency',
    help: 'Jobs this worker process may run at once (JOB_CONCURRENCY)',
    registers,
    collect() {
      this.set(jobWorker.concurrency);
    },
  });
}
