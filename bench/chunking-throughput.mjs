// Chunking throughput: ttskit's parseSsml + chunkSsml against ssml-split 0.5.0 on the same SSML
// strings (the 4 large SSML inputs of ssml-split's own tests, and ~1 MB of The Time Machine as
// `<speak><p>…</p>…</speak>`), for Google (5,000 bytes with tags) and Polly (3,000 billed
// characters; ttskit also holds Polly's 6,000 total). Both take a string and return chunk strings.
// Interleaved rounds (the tools alternate, order rotating), median per input; reported as MB/s of
// input and as the ratio of ttskit's throughput to ssml-split's (> 1: ttskit is faster).
//
// ssml-split is a dev dependency of this benchmark only: npm install --prefix bench/chunking
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chunkSsml, parseSsml } from '@ttskit/ssml';
import { corpusDirectory } from './corpus.mjs';
import { formatMs, median, printTable } from './stats.mjs';

const warmupRounds = 2;
const parseOptions = { maxInputLength: 4_000_000, maxNodes: 1_000_000 };

const configurations = [
  {
    name: 'google 5000',
    ttskit: {
      dialect: 'google',
      voice: 'en-US-Neural2-F',
      limit: { unit: 'utf8-bytes', max: 5000 },
    },
    // the configuration of ssml-split's own tests (cases.json, limitsUsedByTheTests)
    peer: {
      synthesizer: 'google',
      softLimit: 4000,
      hardLimit: 5000,
      breakParagraphsAboveHardLimit: true,
    },
  },
  {
    name: 'polly 3000',
    ttskit: {
      dialect: 'polly',
      family: 'neural',
      limit: [
        { unit: 'billed-chars', max: 3000 },
        { unit: 'utf16', max: 6000 },
      ],
    },
    peer: {
      synthesizer: 'aws',
      softLimit: 2000,
      hardLimit: 3000,
      breakParagraphsAboveHardLimit: true,
    },
  },
];

/** ssml-split from bench/chunking/node_modules, or undefined when not installed. */
function loadPeer() {
  try {
    const require = createRequire(new URL('./chunking/package.json', import.meta.url));
    return require('ssml-split').SSMLSplit;
  } catch {
    return undefined;
  }
}

const escapeXml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The Time Machine's paragraphs as `<p>` elements, repeated to about `length` characters. */
function timeMachineSsml(length) {
  const text = readFileSync(
    join(corpusDirectory(), 'books', 'the-time-machine.paragraphs.txt'),
    'utf8',
  );
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeXml(paragraph)}</p>`);
  const parts = [];
  let size = '<speak></speak>'.length;
  for (
    let index = 0;
    size + (paragraphs[index % paragraphs.length].length + 1) <= length;
    index++
  ) {
    const paragraph = paragraphs[index % paragraphs.length];
    parts.push(paragraph);
    size += paragraph.length + 1;
  }
  return `<speak>${parts.join('\n')}</speak>`;
}

function inputs() {
  const directory = join(corpusDirectory(), 'split', 'ssml-split');
  return [
    'ssmlExampleLargeArticle.xml',
    'ssmlExampleLargeMultipleParagraphs.xml',
    'ssmlExampleLargeMultipleParagraphsWithSentences.xml',
    'ssmlExampleLargeSingleParagraph.xml',
  ]
    .map((file) => ({ name: file, source: readFileSync(join(directory, file), 'utf8') }))
    .concat({ name: 'time machine <p> ~1 MB', source: timeMachineSsml(1_000_000) });
}

/** Runs `work` once; its time in ms, how many chunks it made, or the error it threw. */
function timeOnce(work) {
  const start = performance.now();
  try {
    const chunks = work();
    return { ms: performance.now() - start, chunks: chunks.length };
  } catch (error) {
    return { ms: performance.now() - start, error };
  }
}

export async function runChunkingThroughput(options = {}) {
  const rounds = options.rounds ?? 15;
  const SSMLSplit = loadPeer();
  if (SSMLSplit === undefined) {
    console.log(
      '\n## Chunking throughput: skipped, ssml-split is not installed (npm install --prefix bench/chunking)',
    );
    return { skipped: true };
  }
  const items = inputs();
  const tools = {
    ttskit: (item, configuration) =>
      chunkSsml(parseSsml(item.source, parseOptions), configuration.ttskit),
    'ssml-split': (item, configuration) =>
      new SSMLSplit(configuration.peer).split(item.source),
  };
  const toolNames = Object.keys(tools);
  // samples[configuration][input][tool] = times; outcome = chunk count or error of the last run
  const samples = configurations.map(() =>
    items.map(() => ({ ttskit: [], 'ssml-split': [] })),
  );
  const outcomes = configurations.map(() => items.map(() => ({})));
  for (let round = 0; round < warmupRounds + rounds; round++) {
    for (const [configurationIndex, configuration] of configurations.entries()) {
      for (const [itemIndex, item] of items.entries()) {
        for (let step = 0; step < toolNames.length; step++) {
          const tool = toolNames[(step + round) % toolNames.length];
          const result = timeOnce(() => tools[tool](item, configuration));
          outcomes[configurationIndex][itemIndex][tool] = result;
          if (round >= warmupRounds)
            samples[configurationIndex][itemIndex][tool].push(result.ms);
        }
      }
    }
  }
  const megabytes = (item) => Buffer.byteLength(item.source) / 1_000_000;
  const summary = {};
  for (const [configurationIndex, configuration] of configurations.entries()) {
    const rows = [];
    let bothBytes = 0;
    const bothTimes = { ttskit: 0, 'ssml-split': 0 };
    let peerThrows = 0;
    for (const [itemIndex, item] of items.entries()) {
      const times = samples[configurationIndex][itemIndex];
      const outcome = outcomes[configurationIndex][itemIndex];
      const ttskitMs = median(times.ttskit);
      const peerMs = median(times['ssml-split']);
      const peerFailed = outcome['ssml-split'].error !== undefined;
      if (peerFailed) peerThrows++;
      if (!peerFailed && outcome.ttskit.error === undefined) {
        bothBytes += megabytes(item);
        bothTimes.ttskit += ttskitMs;
        bothTimes['ssml-split'] += peerMs;
      }
      const describe = (result, ms) =>
        result.error === undefined
          ? `${(megabytes(item) / (ms / 1000)).toFixed(1)} MB/s, ${result.chunks} chunks`
          : `throws: ${String(result.error.message).slice(0, 40)}`;
      rows.push({
        input: item.name,
        KB: (Buffer.byteLength(item.source) / 1000).toFixed(0),
        ttskit: `${formatMs(ttskitMs)} (${describe(outcome.ttskit, ttskitMs)})`,
        'ssml-split': `${formatMs(peerMs)} (${describe(outcome['ssml-split'], peerMs)})`,
        'throughput ratio': peerFailed ? '—' : (peerMs / ttskitMs).toFixed(2),
      });
    }
    const ratio = bothTimes['ssml-split'] / bothTimes.ttskit;
    const perInput = rows.map((row) => Number(row['throughput ratio'])).filter(Boolean);
    const geometricMean = Math.exp(
      perInput.reduce((sum, value) => sum + Math.log(value), 0) / perInput.length,
    );
    // without breakParagraphsAboveHardLimit (its default), a `p` above the limit is a throw
    const strictThrows = items.filter(
      (item) =>
        timeOnce(() =>
          new SSMLSplit({
            ...configuration.peer,
            breakParagraphsAboveHardLimit: false,
          }).split(item.source),
        ).error !== undefined,
    ).length;
    printTable(
      `Chunking throughput, ${configuration.name}: ttskit parseSsml + chunkSsml vs ssml-split 0.5.0, ${rounds} interleaved rounds (median); ratio = ttskit MB/s ÷ ssml-split MB/s`,
      rows,
    );
    console.log(
      `${configuration.name}: ttskit ${(bothBytes / (bothTimes.ttskit / 1000)).toFixed(1)} MB/s, ssml-split ${(bothBytes / (bothTimes['ssml-split'] / 1000)).toFixed(1)} MB/s over the inputs both split (ratio ${ratio.toFixed(2)}, geometric mean of the per-input ratios ${geometricMean.toFixed(2)}); ssml-split throws on ${peerThrows} of ${items.length} inputs, and on ${strictThrows} without breakParagraphsAboveHardLimit`,
    );
    summary[configuration.name] = {
      ratio,
      geometricMean,
      peerThrows,
      strictThrows,
      inputs: items.length,
    };
  }
  return summary;
}

if (import.meta.url === `file://${process.argv[1]}`) await runChunkingThroughput();
