// (a) Per-request pipeline overhead (parse, lower, canonicalize + hash, cache
// lookup) over every well-formed vendor document, as a ratio to a raw
// htmlparser2 callback parse of the same documents in the same process.
import { computeRequestKey, createMemoryCache } from '@ttskit/core';
import { canonicalizeSsml, parseSsml, serializeSsml } from '@ttskit/ssml';
import { Parser } from 'htmlparser2';
import { Bench } from 'tinybench';
import { vendorDocuments } from './corpus.mjs';

/** The request key the synthesizer computes for a document spoken by espeak en-us as WAV. */
function keyOf(parsed) {
  return computeRequestKey({
    canonicalInput: canonicalizeSsml(parsed),
    engine: 'espeak',
    specificationVersion: 'v1',
    voice: 'en-us',
    format: 'wav',
    sampleRate: undefined,
    language: undefined,
    engineOptions: undefined,
  });
}

export async function runPipelineOverhead() {
  const documents = vendorDocuments();
  const bytes = documents.reduce(
    (sum, document) => sum + Buffer.byteLength(document.source),
    0,
  );
  const cache = createMemoryCache();
  const keys = [];
  for (const document of documents) {
    const parsed = parseSsml(document.source);
    const key = keyOf(parsed);
    keys.push(key);
    await cache.set(key, { data: new Uint8Array(1024), metadata: { format: 'wav' } });
  }

  const rawParse = () => {
    for (const document of documents) {
      const parser = new Parser(
        { onopentag() {}, ontext() {}, onclosetag() {} },
        { xmlMode: true },
      );
      parser.end(document.source);
    }
  };
  const pipeline = async () => {
    for (const document of documents) {
      const parsed = parseSsml(document.source);
      serializeSsml(parsed, { dialect: 'espeak' });
      const key = keyOf(parsed);
      await cache.get(key);
    }
  };
  const stages = {
    'parseSsml only': () => {
      for (const document of documents) parseSsml(document.source);
    },
  };

  const bench = new Bench({ time: 2_000, warmupTime: 500 });
  bench.add('raw htmlparser2 parse (baseline)', rawParse);
  bench.add('ttskit pipeline overhead', pipeline);
  for (const [name, task] of Object.entries(stages)) bench.add(name, task);
  await bench.run();

  const baseline = bench.tasks[0].result.latency.p50;
  const rows = bench.tasks.map((task) => ({
    task: task.name,
    'per corpus pass (p50)': `${task.result.latency.p50.toFixed(2)} ms`,
    'per document': `${((task.result.latency.p50 / documents.length) * 1000).toFixed(1)} µs`,
    'ratio to raw parse': (task.result.latency.p50 / baseline).toFixed(2),
  }));
  console.log(
    `\n## (a) Pipeline overhead: ${documents.length} vendor SSML documents, ${(bytes / 1024).toFixed(0)} KB per pass`,
  );
  console.table(rows);
  return { ratio: bench.tasks[1].result.latency.p50 / baseline };
}

if (import.meta.url === `file://${process.argv[1]}`) await runPipelineOverhead();
