// Measures the numbers quoted in the README. Build first (`npx tsup`), then
// `node scripts/measure-performance.mjs`. Timings are medians; the direct
// WASM call on the main thread is the baseline for the real-time factor.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(packageDirectory, 'dist/index.js');
const corpus = join(
  packageDirectory,
  '../../../shared/corpus/books/the-time-machine.paragraphs.txt',
);
const words = readFileSync(corpus, 'utf8').split(/\s+/).filter(Boolean).slice(20);
const bookText = (count) => words.slice(0, count).join(' ');

const median = (values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)];
const round = (value, digits = 1) => Number(value.toFixed(digits));

function inFreshProcess(script) {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').at(-1));
}

const importMs = [];
const coldMs = [];
for (let run = 0; run < 5; run++) {
  importMs.push(
    inFreshProcess(
      `const s = performance.now(); await import(${JSON.stringify(entry)}); console.log(performance.now() - s);`,
    ),
  );
  coldMs.push(
    inFreshProcess(`
      const { createEspeakEngine } = await import(${JSON.stringify(entry)});
      const provider = createEspeakEngine({ workers: 1 });
      const s = performance.now();
      await provider('en-us').doSynthesize({ input: 'Hello world.', inputType: 'text', format: 'pcm' });
      console.log(performance.now() - s);
      await provider.dispose();`),
  );
}

const { createEspeakEngine } = await import(entry);
const call = (input, extra = {}) => ({
  input,
  inputType: 'text',
  format: 'pcm',
  ...extra,
});

// Warm latency: one worker, after its background warm-up has finished.
const single = createEspeakEngine({ workers: 1 });
const voice = single('en-us');
await voice.doSynthesize(call('Start.'));
await new Promise((resolve) => setTimeout(resolve, 2_500));
for (let index = 0; index < 10; index++)
  await voice.doSynthesize(call('Hello there, how are you today?'));
const shortMs = [];
for (let index = 0; index < 50; index++) {
  const startedAt = performance.now();
  await voice.doSynthesize(call('Hello there, how are you today?'));
  shortMs.push(performance.now() - startedAt);
}

// Real-time factor on 1,000 words: engine against a direct call (same process).
const longText = bookText(1_000);
const { default: initialize } = await import('@echogarden/espeak-ng-emscripten');
const direct = new (await initialize()).eSpeakNGWorker();
direct.set_voice('gmw/en-US');
const escaped = longText
  .replace(/&/g, '&amp;')
  .replace(/</g, '&lt;')
  .replace(/>/g, '&gt;');
direct.synthesize(escaped, () => false);
const engineSeconds = [];
const directSeconds = [];
const firstAudioMs = [];
let audioSeconds = 0;
for (let round = 0; round < 5; round++) {
  let startedAt = performance.now();
  const result = await voice.doSynthesize(call(longText));
  engineSeconds.push((performance.now() - startedAt) / 1000);
  audioSeconds = result.audio.samples.length / result.audio.sampleRate;
  startedAt = performance.now();
  direct.synthesize(escaped, () => false);
  directSeconds.push((performance.now() - startedAt) / 1000);
  startedAt = performance.now();
  const { stream } = await voice.doStream(call(longText));
  for await (const part of stream) {
    if (part.type === 'audio-delta' && firstAudioMs.length === round) {
      firstAudioMs.push(performance.now() - startedAt);
    }
  }
}

// Throughput: 8 requests of 250 words at once, 1 worker against 2 (both warmed up).
async function throughput(workers) {
  const provider = createEspeakEngine({ workers });
  const engine = provider('en-us');
  const batch = () =>
    Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        engine.doSynthesize(call(words.slice(index * 250, index * 250 + 250).join(' '))),
      ),
    );
  await batch();
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  await batch();
  const seconds = [];
  for (let round = 0; round < 3; round++) {
    const startedAt = performance.now();
    await batch();
    seconds.push((performance.now() - startedAt) / 1000);
  }
  await provider.dispose();
  return median(seconds);
}
const oneWorker = await throughput(1);
const twoWorkers = await throughput(2);
const rssMb = process.memoryUsage().rss / 1e6;
await single.dispose();

console.log(
  JSON.stringify(
    {
      importMs: round(median(importMs)),
      coldFirstSentenceMs: round(median(coldMs), 0),
      warmShortSentenceMs: {
        median: round(median(shortMs)),
        p90: round(percentile(shortMs, 0.9)),
      },
      thousandWords: {
        audioSeconds: round(audioSeconds),
        engineSeconds: round(median(engineSeconds), 3),
        directSeconds: round(median(directSeconds), 3),
        engineRealTimeFactor: round(median(engineSeconds) / audioSeconds, 4),
        directRealTimeFactor: round(median(directSeconds) / audioSeconds, 4),
        streamFirstAudioMs: round(median(firstAudioMs)),
      },
      eightRequestsOf250Words: {
        oneWorkerSeconds: round(oneWorker, 2),
        twoWorkersSeconds: round(twoWorkers, 2),
      },
      rssMb: round(rssMb, 0),
      cpus: (await import('node:os')).availableParallelism(),
    },
    null,
    2,
  ),
);
