// (issue 9) The reference service (examples/server/dist, a child process) on
// loopback, driven by autocannon from this process:
// 1. cache-hit throughput and p99 of POST /v1/speech, as a ratio to a bare
//    node:http server (also a child process, so both pay the same scheduling
//    and loopback costs and neither shares autocannon's event loop) answering
//    the same bytes with the same headers; rounds interleaved, medians;
// 2. 100 concurrent identical requests for a new text → one engine call
//    (single flight), against 100 different texts → 100 calls;
// 3. jobs through BullMQ: synthesis throughput with two worker processes as
//    a ratio to one (skipped, saying so, while dist/worker.js is a stub).
// Needs a build: npx turbo run build --filter=@ttskit/example-server...
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cannon, postAtOnce, skipAutocannonBodies } from './server-load.mjs';
import { bookSentences, runWorkerThroughput } from './server-worker-throughput.mjs';
import { metricSum, startBareServer, startService } from './service-processes.mjs';
import { median } from './stats.mjs';

const percent = (values) => `${(median(values) * 100).toFixed(0)} %`;
const range = (values, digits = 0) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

async function cacheHitThroughput({ service, seconds, connections, rounds }) {
  const bodiesSkipped = skipAutocannonBodies();
  const body = JSON.stringify({
    text: 'The quick brown fox jumps over the lazy dog, twice before breakfast.',
    format: 'wav',
  });
  const post = () =>
    fetch(`${service.url}/v1/speech`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(60_000),
    });
  await (await post()).arrayBuffer(); // the miss: synthesized and cached
  const hit = await post();
  const audio = new Uint8Array(await hit.arrayBuffer());
  if (hit.status !== 200 || hit.headers.get('x-ttskit-cache') !== 'hit')
    throw new Error(`expected a 200 cache hit, got ${hit.status}`);
  const skipped = new Set(['date', 'connection', 'keep-alive', 'content-length']);
  const headers = Object.fromEntries(
    [...hit.headers].filter(([name]) => !skipped.has(name) && name !== 'x-request-id'),
  );
  const bare = await startBareServer({ body: audio, headers });
  try {
    const sides = { service, bare };
    for (const { url, pid } of Object.values(sides))
      await cannon({ url, pid, body, seconds: 2, connections }); // JIT warm-up
    const misses = () =>
      metricSum({
        url: service.url,
        name: 'ttskit_synthesis_duration_seconds_count',
        labels: { cached: 'false' },
      });
    const missesBefore = await misses();
    const runs = { service: [], bare: [] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? ['service', 'bare'] : ['bare', 'service'];
      for (const side of order)
        runs[side].push(await cannon({ ...sides[side], body, seconds, connections }));
    }
    const newMisses = (await misses()) - missesBefore;
    console.log(
      `\n### Cache-hit POST /v1/speech vs bare node:http, same bytes (${audio.byteLength} B WAV), ` +
        `autocannon ${connections} connections × ${seconds} s, ${rounds} interleaved rounds`,
    );
    console.table(
      Object.entries(runs).map(([side, list]) => ({
        server: side === 'service' ? 'service (Fastify, memory hit)' : 'bare node:http',
        'req/s (median)': median(list.map((run) => run.requestsPerSecond)).toFixed(0),
        'req/s range': range(list.map((run) => run.requestsPerSecond)),
        'p50 ms (median)': median(list.map((run) => run.p50)),
        'p99 ms (median)': median(list.map((run) => run.p99)),
        'p99 range': range(list.map((run) => run.p99)),
        'server CPU µs/answer': median(
          list.map((run) => run.serverCpuPerAnswerUs),
        ).toFixed(0),
        'server CPU': percent(list.map((run) => run.serverCpuShare)),
        'client CPU': percent(list.map((run) => run.clientCpuShare)),
        'KiB/answer': (list[0].bytesPerAnswer / 1024).toFixed(1),
        answers: list.reduce((sum, run) => sum + run.answers, 0),
        'non-2xx + errors': list.reduce((sum, run) => sum + run.failures, 0),
      })),
    );
    const throughputRatios = runs.service.map(
      (run, round) => run.requestsPerSecond / runs.bare[round].requestsPerSecond,
    );
    const p99Ratios = runs.service.map((run, round) => run.p99 / runs.bare[round].p99);
    const cpuRatios = runs.service.map(
      (run, round) => run.serverCpuPerAnswerUs / runs.bare[round].serverCpuPerAnswerUs,
    );
    const ratio = (values) => `${median(values).toFixed(2)} (rounds ${range(values, 2)})`;
    console.log(
      `service / bare: throughput ${ratio(throughputRatios)}, p99 ${ratio(p99Ratios)}, ` +
        `server CPU per answer ${ratio(cpuRatios)}`,
    );
    console.log(
      `autocannon ${bodiesSkipped ? 'without' : 'WITH'} its per-answer body string; ` +
        'a client CPU near 100 % means the load generator, not the server, set the pace. ' +
        `Synthesized during the rounds (not cache hits): ${newMisses}`,
    );
    const failures = [...runs.service, ...runs.bare].reduce(
      (sum, run) => sum + run.failures,
      0,
    );
    if (failures > 0 || newMisses > 0)
      throw new Error(`${failures} failed answers, ${newMisses} cache misses`);
  } finally {
    await bare.stop();
  }
}

async function concurrentRequests({ service, count, sentences }) {
  const engineCalls = () =>
    metricSum({ url: service.url, name: 'ttskit_engine_call_duration_seconds_count' });
  const scenarios = [
    {
      name: `${count} identical (a new sentence)`,
      texts: Array(count).fill('Single flight: a hundred listeners asked at once.'),
      expected: 1,
    },
    { name: `${count} different (baseline)`, texts: sentences, expected: count },
  ];
  const rows = [];
  for (const scenario of scenarios) {
    const before = await engineCalls();
    const { answers, wallMs } = await postAtOnce({
      url: service.url,
      bodies: scenario.texts.map((text) => JSON.stringify({ text, format: 'wav' })),
    });
    const calls = (await engineCalls()) - before;
    const lastWritten = Math.max(...answers.map((answer) => answer.writtenAt));
    const firstAnswer = Math.min(...answers.map((answer) => answer.answeredAt));
    const caches = {};
    for (const answer of answers) caches[answer.cache] = (caches[answer.cache] ?? 0) + 1;
    rows.push({
      requests: scenario.name,
      '2xx': answers.filter((answer) => answer.status >= 200 && answer.status < 300)
        .length,
      'engine calls': calls,
      expected: scenario.expected,
      'distinct bodies': new Set(answers.map((answer) => answer.digest)).size,
      'X-TTSKit-Cache': Object.entries(caches)
        .map(([value, number]) => `${number} ${value}`)
        .join(', '),
      'all sent before 1st answer': lastWritten < firstAnswer ? 'yes' : 'no',
      wall: `${(wallMs / 1000).toFixed(2)} s`,
    });
  }
  console.log(`\n### ${count} concurrent POST /v1/speech, engine calls from /metrics`);
  console.table(rows);
  const [identical, different] = rows;
  console.log(
    `engine calls, identical / different: ${identical['engine calls']} / ${different['engine calls']} ` +
      '(a request that joins a synthesis in flight says miss; one after it would say hit)',
  );
  if (identical['engine calls'] !== 1 || identical['distinct bodies'] !== 1)
    throw new Error('100 identical requests did not make exactly one engine call');
}

export async function runServerThroughput({
  seconds = 10,
  connections = 50,
  rounds = 3,
  concurrent = 100,
  jobs = 48,
  sentencesPerJob = 8,
  jobRounds = 3,
} = {}) {
  console.log('\n## Reference service on loopback (examples/server, espeak)');
  const sentences = bookSentences();
  const cacheDirectory = await mkdtemp(join(tmpdir(), 'ttskit-bench-server-'));
  try {
    const service = await startService({
      env: { CACHE_DIR: cacheDirectory, WARM_UP: 'false' },
    });
    try {
      await cacheHitThroughput({ service, seconds, connections, rounds });
      await concurrentRequests({
        service,
        count: concurrent,
        sentences: sentences.slice(0, concurrent),
      });
    } finally {
      await service.stop();
    }
    await runWorkerThroughput({
      jobs,
      sentencesPerJob,
      rounds: jobRounds,
      sentences: sentences.slice(concurrent),
      cacheDirectory,
    });
  } finally {
    await rm(cacheDirectory, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runServerThroughput();
