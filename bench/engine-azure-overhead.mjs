// Per-request overhead of @ttskit/engine-azure against the fake Azure Speech
// service (packages/engine-azure/test/fake), as a ratio to a bare Speech SDK
// call (one warm SpeechSynthesizer, speakSsmlAsync with the same SSML, word
// boundary and bookmark handlers attached) against the same fake in the same
// run. Only the time outside the fake's handler counts: before the ssml
// frame reaches it and after it sent turn.end. What remains is the client
// side: the SDK's websocket and message handling, plus, for ttskit,
// lowering, connection checkout and word mapping (engine) and the
// synthesizer pipeline (normalize, request key, convert) on top. The fake
// shares the process and the machine is shared: compare the paired ratios.
import { createSynthesizer } from '@ttskit/core';
import { createAzureEngine } from '@ttskit/engine-azure';
import { serializeSsml, textToSsmlDocument } from '@ttskit/ssml';
import * as sdk from 'microsoft-cognitiveservices-speech-sdk';
import {
  FAKE_KEY,
  startFakeSpeechService,
} from '../packages/engine-azure/test/fake/fake-speech-service.mjs';
import { bookWords } from './corpus.mjs';
import { formatMs, median, percentile, printTable } from './stats.mjs';

const VOICE = 'en-US-AvaMultilingualNeural';
const WARMUP = 15;

function bareSynthesizer(service) {
  const config = sdk.SpeechConfig.fromHost(new URL(service.url), FAKE_KEY);
  config.speechSynthesisOutputFormat =
    sdk.SpeechSynthesisOutputFormat.Raw24Khz16BitMonoPcm;
  const synthesizer = new sdk.SpeechSynthesizer(config, null);
  synthesizer.wordBoundary = () => undefined;
  synthesizer.bookmarkReached = () => undefined;
  synthesizer.synthesizing = () => undefined;
  return synthesizer;
}

/**
 * Runs `call`; returns its time outside the fake's handler, in ms: `before`
 * the ssml frame reaches the fake (lowering, connection checkout, the SDK's
 * context and ssml frames) and `after` the fake sent turn.end (the SDK's
 * processing of the queued frames, result assembly, word mapping, core).
 */
async function outsideHandler(service, call) {
  const startedAt = performance.now();
  await call();
  const endedAt = performance.now();
  const turn = service.turns.at(-1);
  return {
    before: turn.receivedAt - startedAt,
    after: endedAt - turn.finishedAt,
    total: turn.receivedAt - startedAt + (endedAt - turn.finishedAt),
  };
}

async function measureCase({ service, name, text, rounds }) {
  const ssml = serializeSsml(textToSsmlDocument(text), {
    dialect: 'azure',
    voice: VOICE,
  }).ssml;
  const bare = bareSynthesizer(service);
  const azure = createAzureEngine({ apiKey: FAKE_KEY, baseURL: service.url });
  const engine = azure(VOICE);
  const tts = createSynthesizer({ engine, memoryCache: false, precompile: false });
  const paths = {
    'bare SDK speakSsmlAsync (baseline)': () =>
      new Promise((resolve, reject) => bare.speakSsmlAsync(ssml, resolve, reject)),
    'engine.doSynthesize (lowered SSML)': () =>
      engine.doSynthesize({ input: ssml, inputType: 'ssml', format: 'pcm' }),
    'createSynthesizer().synthesize (text → pcm)': () =>
      tts.synthesize({ text, format: 'pcm', cache: false }),
  };
  const samples = Object.fromEntries(Object.keys(paths).map((key) => [key, []]));
  const parts = Object.fromEntries(
    Object.keys(paths).map((key) => [key, { before: [], after: [] }]),
  );
  for (let round = 0; round < WARMUP + rounds; round++) {
    // interleaved, so drift on a shared machine hits every path alike
    for (const [key, call] of Object.entries(paths)) {
      const outside = await outsideHandler(service, call);
      if (round < WARMUP) continue;
      samples[key].push(outside.total);
      parts[key].before.push(outside.before);
      parts[key].after.push(outside.after);
    }
  }
  bare.close();
  await azure.dispose();
  const baselineValues = samples['bare SDK speakSsmlAsync (baseline)'];
  const baseline = median(baselineValues);
  // each round's ratio to the bare call of the same round, then the median:
  // robust to load that changes during the run
  const pairedRatio = (values) =>
    median(values.map((value, index) => value / baselineValues[index]));
  const rows = Object.entries(samples).map(([task, values]) => ({
    task,
    'outside handler p50': formatMs(median(values)),
    p90: formatMs(percentile(values, 0.9)),
    'ratio of p50s': (median(values) / baseline).toFixed(2),
    'paired ratio p50': pairedRatio(values).toFixed(2),
    'extra per request': formatMs(median(values) - baseline),
    'before p50': formatMs(median(parts[task].before)),
    'after p50': formatMs(median(parts[task].after)),
  }));
  printTable(
    `Azure engine overhead: ${name} (${Buffer.byteLength(ssml)} bytes of SSML)`,
    rows,
  );
  return {
    engineRatio: pairedRatio(samples['engine.doSynthesize (lowered SSML)']),
    pipelineRatio: pairedRatio(samples['createSynthesizer().synthesize (text → pcm)']),
  };
}

export async function runAzureOverhead() {
  const service = await startFakeSpeechService();
  try {
    const short = await measureCase({
      service,
      name: 'one sentence',
      rounds: 200,
      text: 'The quick brown fox jumps over the lazy dog.',
    });
    const paragraph = await measureCase({
      service,
      name: '300 words',
      text: bookWords(300),
      rounds: 80,
    });
    return { short, paragraph };
  } finally {
    await service.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runAzureOverhead();
