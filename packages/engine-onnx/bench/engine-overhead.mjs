// The ONNX engine's own overhead per sentence (phonemize, ids, tensor
// set-up, worker messaging, post-processing, word timings) as a ratio to a
// bare `session.run` of the same model on the same ids, in the same process.
// Models are generated (no voice can be downloaded here): the tiny Piper
// voice, and the same voice with extra MatMul layers so that `session.run`
// costs about what a real x_low/medium Piper voice costs per sentence.
// Run: npm run build && node packages/engine-onnx/bench/engine-overhead.mjs
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEspeakEngine } from '@ttskit/engine-espeak';
import { createOnnxEngine } from '@ttskit/engine-onnx';
import { writeTinyPiperVoice } from '@ttskit/engine-onnx/test-kit';
import { InferenceSession, Tensor } from 'onnxruntime-node';

const here = new URL('.', import.meta.url).pathname;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function sentences(count) {
  const book = readFileSync(
    join(here, '../../../../shared/corpus/books/the-time-machine.paragraphs.txt'),
    'utf8',
  );
  return book
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length >= 6 && sentence.length < 240)
    .slice(0, count);
}

/** The ids the engine builds for a sentence, rebuilt here for the bare baseline. */
async function idsFor({ sentence, phonemizer, map }) {
  const [clauses] = await phonemizer.phonemize([sentence]);
  const ids = [map['^'][0], map._[0]];
  for (const symbol of clauses.join(', ').normalize('NFD')) {
    if (map[symbol]) ids.push(map[symbol][0], map._[0]);
  }
  ids.push(map.$[0]);
  return ids;
}

async function measure({ name, voice, phonemizer, texts, threads }) {
  const directory = voice.directory;
  const onnx = createOnnxEngine({
    voicesDir: directory,
    phonemizer,
    threadsPerWorker: threads,
  });
  const engine = onnx(voice.name);
  const map = JSON.parse(readFileSync(voice.configPath, 'utf8')).phoneme_id_map;
  const session = await InferenceSession.create(voice.modelPath, {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  });
  const bare = async (ids) => {
    const feeds = {
      input: new Tensor('int64', BigInt64Array.from(ids, BigInt), [1, ids.length]),
      input_lengths: new Tensor('int64', BigInt64Array.of(BigInt(ids.length)), [1]),
      scales: new Tensor('float32', Float32Array.of(0.667, 1, 0.8), [3]),
    };
    const startedAt = performance.now();
    await session.run(feeds);
    return performance.now() - startedAt;
  };
  const call = (input) => ({ input, inputType: 'text', format: 'pcm' });
  // Warm up: espeak's glue is JIT-compiled JavaScript, slow for its first calls.
  for (const text of texts) await engine.doSynthesize(call(text));
  for (const text of texts.slice(0, 5))
    await bare(await idsFor({ sentence: text, phonemizer, map }));
  // One phase at a time: onnxruntime's threads spin for a while after a run,
  // and two sessions spinning at once on a small machine would slow both.
  const engineTimes = [];
  for (const text of texts) {
    const startedAt = performance.now();
    await engine.doSynthesize(call(text));
    engineTimes.push(performance.now() - startedAt);
  }
  await onnx.dispose();
  const phonemizeTimes = [];
  const allIds = [];
  for (const text of texts) {
    const startedAt = performance.now();
    allIds.push(await idsFor({ sentence: text, phonemizer, map }));
    phonemizeTimes.push(performance.now() - startedAt);
  }
  const bareTimes = [];
  for (const ids of allIds) bareTimes.push(await bare(ids));
  await session.release();
  const engineMs = median(engineTimes);
  const bareMs = median(bareTimes);
  const overheadMs = engineMs - bareMs;
  console.log(
    `onnx engine overhead, ${name}: engine ${engineMs.toFixed(2)} ms/sentence, bare session.run ${bareMs.toFixed(2)} ms; ` +
      `overhead ${overheadMs.toFixed(2)} ms = ${(overheadMs / bareMs).toFixed(2)}× session.run ` +
      `(of which phonemizing ≈ ${median(phonemizeTimes).toFixed(2)} ms); median of ${texts.length} sentences`,
  );
  return { engineMs, bareMs, overheadMs, ratio: overheadMs / bareMs };
}

export async function runOnnxEngineOverhead({ count = 40, threads = 2 } = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'ttskit-onnx-bench-'));
  const phonemizer = createEspeakEngine({ workers: 1, warmUp: false });
  try {
    const texts = sentences(count);
    const tiny = await writeTinyPiperVoice({ directory, name: 'en_US-bench-tiny' });
    const heavy = await writeTinyPiperVoice({
      directory,
      name: 'en_US-bench-heavy',
      computeLayers: 24,
    });
    return {
      tiny: await measure({
        name: 'tiny model',
        voice: { ...tiny, directory },
        phonemizer,
        texts,
        threads,
      }),
      heavy: await measure({
        name: 'tiny model + 24 MatMul layers',
        voice: { ...heavy, directory },
        phonemizer,
        texts,
        threads,
      }),
    };
  } finally {
    await phonemizer.dispose();
    rmSync(directory, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runOnnxEngineOverhead();
