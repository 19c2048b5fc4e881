// Part 3 of bench/server-throughput.mjs: jobs through BullMQ (redis-server
// started here), synthesized by 1 or 2 worker processes
// (examples/server/dist/worker.js, JOB_CONCURRENCY=1, ESPEAK_WORKERS=1 each)
// sharing the API's CACHE_DIR. Rounds alternate 1, 2, 1, 2 workers, each with
// texts never seen before, so no job is a cache hit.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { corpusDirectory } from './corpus.mjs';
import {
  commandAvailable,
  metricSum,
  processCpuMs,
  startRedis,
  startService,
  startWorker,
  workerAvailable,
} from './service-processes.mjs';
import { median } from './stats.mjs';

/** Distinct sentences of 6 to 20 words from The Time Machine, in order. */
export function bookSentences() {
  const text = readFileSync(
    join(corpusDirectory(), 'books', 'the-time-machine.paragraphs.txt'),
    'utf8',
  );
  const sentences = (text.match(/[^.!?\n]+[.!?]+['")]*/g) ?? [])
    .map((sentence) => sentence.trim().replace(/^['"(]+/, ''))
    .filter((sentence) => {
      const words = sentence.split(/\s+/).length;
      return words >= 6 && words <= 20;
    });
  return [...new Set(sentences)];
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function submitAndWait({ url, texts, timeoutMs = 300_000 }) {
  const startedAt = Date.now();
  const submitted = await Promise.all(
    texts.map(async (text) => {
      const response = await fetch(`${url}/v1/jobs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, format: 'wav' }),
        signal: AbortSignal.timeout(30_000),
      });
      const answer = await response.json();
      if (response.status !== 202)
        throw new Error(`POST /v1/jobs: ${response.status} ${JSON.stringify(answer)}`);
      return answer;
    }),
  );
  // Jobs run oldest first, so each poll reads statuses in submission order and
  // stops at the first unfinished one: a few reads a poll, not one per job,
  // keeping the API's and Redis's share of the 2 cores small. The wall time
  // comes from the jobs' own finishedAt, not from when a poll saw them.
  const finished = new Map();
  let incomplete = 0;
  const read = async (job) => {
    const response = await fetch(`${url}${job.statusUrl}`, {
      signal: AbortSignal.timeout(30_000),
    });
    const status = await response.json();
    if (status.state === 'completed' && !status.result) {
      incomplete++; // a status read mid-completion: ask again
      return false;
    }
    if (status.state !== 'completed' && status.state !== 'failed') return false;
    finished.set(job.id, { ...status, observedAt: Date.now() });
    return true;
  };
  while (finished.size < submitted.length) {
    if (Date.now() - startedAt > timeoutMs)
      throw new Error(
        `${submitted.length - finished.size} jobs unfinished after ${timeoutMs} ms`,
      );
    await sleep(250);
    for (const job of submitted) {
      if (!finished.has(job.id) && !(await read(job))) break;
    }
  }
  const statuses = [...finished.values()];
  const endedAt = Math.max(
    ...statuses.map((status) => Date.parse(status.finishedAt ?? '') || status.observedAt),
  );
  const wallSeconds = (endedAt - startedAt) / 1000;
  const completed = statuses.filter((status) => status.state === 'completed');
  const audioSeconds = completed.reduce(
    (sum, status) => sum + status.result.durationMs / 1000,
    0,
  );
  return {
    wallSeconds,
    jobsPerSecond: completed.length / wallSeconds,
    audioPerWallSecond: audioSeconds / wallSeconds,
    failed: statuses
      .filter((status) => status.state === 'failed')
      .map((status) => status.error?.code ?? 'unknown'),
    cached: completed.filter((status) => status.result.cached).length,
    incomplete,
  };
}

async function withWorkers({ count, env }, body) {
  const workers = [];
  try {
    const started = await Promise.allSettled(
      Array.from({ length: count }, (_, index) =>
        startWorker({ env, name: `worker ${index + 1}` }),
      ),
    );
    for (const result of started)
      if (result.status === 'fulfilled') workers.push(result.value);
    const failure = started.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
    return await body(workers);
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}

/**
 * Texts never synthesized before: windows of `size` consecutive sentences,
 * each starting `stride` sentences after the previous one. A job's text is
 * one engine call and one cache key (espeak takes 20,000 characters a call),
 * so overlapping windows are still all misses, and the book lasts.
 */
function freshTexts({ sentences, size, stride }) {
  let start = 0;
  return (count) =>
    Array.from({ length: count }, () => {
      if (start + size > sentences.length) throw new Error('out of fresh sentences');
      const text = sentences.slice(start, start + size).join(' ');
      start += stride;
      return text;
    });
}

/**
 * One measured round: a warm-up job per worker, then `jobs` jobs at once.
 * `support`: the API and Redis processes, whose CPU is reported too.
 */
async function measureRound({ apiUrl, workers, support, take, jobs }) {
  // one unmeasured job per worker first (BullMQ connections, JIT, engine)
  await submitAndWait({ url: apiUrl, texts: take(workers.length) });
  const completedPerWorker = () =>
    Promise.all(
      workers.map(({ url }) =>
        metricSum({
          url,
          name: 'ttskit_jobs_finished_total',
          labels: { outcome: 'completed' },
        }),
      ),
    );
  // CPU time used, in ms, by each group of processes (NaN off Linux)
  const cpuMs = () =>
    [workers, support].map((group) =>
      group.reduce((sum, { pid }) => sum + (processCpuMs(pid) ?? Number.NaN), 0),
    );
  const before = await completedPerWorker();
  const cpuBefore = cpuMs();
  const measuredFrom = Date.now();
  const run = await submitAndWait({ url: apiUrl, texts: take(jobs) });
  const measuredMs = Date.now() - measuredFrom;
  [run.workerCores, run.supportCores] = cpuMs().map(
    (value, index) => (value - cpuBefore[index]) / measuredMs,
  );
  const after = await completedPerWorker();
  run.perWorker = after.map((value, index) => value - before[index]).join('+');
  return run;
}

export async function runWorkerThroughput({
  jobs,
  sentencesPerJob,
  rounds,
  sentences,
  cacheDirectory,
}) {
  const title =
    `\n### Jobs through BullMQ: 2 worker processes vs 1, ${jobs} jobs of ${sentencesPerJob} sentences ` +
    `a round, rounds 1, 2, 1, 2… (${rounds} each), espeak, JOB_CONCURRENCY=1, ESPEAK_WORKERS=1`;
  const availability = workerAvailable();
  if (!availability.available) {
    console.log(`${title}\nskipped: worker not available (${availability.reason})`);
    return;
  }
  if (!commandAvailable('redis-server')) {
    console.log(`${title}\nskipped: redis-server not installed`);
    return;
  }
  const redis = await startRedis();
  try {
    const env = {
      REDIS_URL: redis.url,
      JOB_QUEUE: 'bullmq',
      CACHE_DIR: cacheDirectory,
      ESPEAK_WORKERS: '1',
      JOB_CONCURRENCY: '1',
    };
    const api = await startService({ env: { ...env, WARM_UP: 'false' }, name: 'api' });
    try {
      const ready = await (await fetch(`${api.url}/readyz`)).json();
      if (ready.checks?.jobQueue !== 'bullmq')
        throw new Error(`the API runs a ${ready.checks?.jobQueue} job queue, not bullmq`);
      const take = freshTexts({ sentences, size: sentencesPerJob, stride: 2 });
      const runs = { 1: [], 2: [] };
      for (let round = 0; round < rounds; round++) {
        for (const count of [1, 2]) {
          await withWorkers({ count, env: { ...env, WARM_UP: 'true' } }, (workers) =>
            measureRound({
              apiUrl: api.url,
              workers,
              support: [api, redis],
              take,
              jobs,
            }).then((run) => runs[count].push(run)),
          );
        }
      }
      const row = (count) => {
        const list = runs[count];
        return {
          workers: count,
          'jobs/s (median)': median(list.map((run) => run.jobsPerSecond)).toFixed(2),
          'audio s / wall s': median(list.map((run) => run.audioPerWallSecond)).toFixed(
            1,
          ),
          'wall s per round': list.map((run) => run.wallSeconds.toFixed(1)).join(', '),
          'jobs per worker': list.map((run) => run.perWorker).join(', '),
          'worker CPU (cores)': list.map((run) => run.workerCores.toFixed(2)).join(', '),
          'API + Redis CPU': list.map((run) => run.supportCores.toFixed(2)).join(', '),
          failed: list.flatMap((run) => run.failed).join(', ') || 0,
          'cache hits': list.reduce((sum, run) => sum + run.cached, 0),
          'completed without result (re-read)': list.reduce(
            (sum, run) => sum + run.incomplete,
            0,
          ),
        };
      };
      console.log(title);
      const load = loadavg().map((value) => value.toFixed(1));
      console.log(`load average ${load.join(', ')} on ${availableParallelism()} cores`);
      console.table([row(1), row(2)]);
      const ratio = (field) => {
        const ratios = runs[2].map((run, round) => run[field] / runs[1][round][field]);
        return `${median(ratios).toFixed(2)}x (rounds ${ratios.map((value) => value.toFixed(2)).join(', ')})`;
      };
      console.log(
        `2 / 1 worker processes: jobs/s ${ratio('jobsPerSecond')}, audio s per wall s ${ratio('audioPerWallSecond')}`,
      );
    } finally {
      await api.stop();
    }
  } finally {
    await redis.stop();
  }
}
