// (b) eSpeak real-time factor on 1,000 words of The Time Machine: the
// engine (worker pool, events, transfer) against a direct call into the
// same WASM module on the main thread, in the same process.
import { espeak } from '@ttskit/engine-espeak';
import { bookWords } from './corpus.mjs';
import { median } from './stats.mjs';

async function rawEspeak(text) {
  const { default: initialize } = await import('@echogarden/espeak-ng-emscripten');
  const module = await initialize();
  const worker = new module.eSpeakNGWorker();
  worker.set_voice('en-us');
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return () => {
    let samples = 0;
    worker.synthesize(escaped, (chunk) => {
      samples += chunk.length;
      return false;
    });
    return samples;
  };
}

export async function runEspeakRealTimeFactor({ rounds = 5 } = {}) {
  const text = bookWords(1_000);
  const engine = espeak('en-us');
  const call = { input: text, inputType: 'text', format: 'pcm' };
  await engine.doSynthesize({ ...call, input: 'Warm up.' });
  const direct = await rawEspeak(text);
  direct();

  const engineTimes = [];
  const directTimes = [];
  let audioSeconds = 0;
  for (let round = 0; round < rounds; round++) {
    let startedAt = performance.now();
    const result = await engine.doSynthesize(call);
    engineTimes.push((performance.now() - startedAt) / 1000);
    audioSeconds = result.audio.samples.length / result.audio.sampleRate;
    startedAt = performance.now();
    direct();
    directTimes.push((performance.now() - startedAt) / 1000);
  }
  const engineRtf = median(engineTimes) / audioSeconds;
  const directRtf = median(directTimes) / audioSeconds;
  console.log(
    `\n## (b) eSpeak real-time factor: 1,000 words, ${audioSeconds.toFixed(1)} s of audio, median of ${rounds}`,
  );
  console.table([
    {
      run: 'direct WASM call on the main thread (baseline)',
      seconds: median(directTimes).toFixed(3),
      rtf: directRtf.toFixed(4),
      'x real time': (1 / directRtf).toFixed(0),
    },
    {
      run: '@ttskit/engine-espeak doSynthesize (worker pool)',
      seconds: median(engineTimes).toFixed(3),
      rtf: engineRtf.toFixed(4),
      'x real time': (1 / engineRtf).toFixed(0),
    },
  ]);
  console.log(`engine / direct time ratio: ${(engineRtf / directRtf).toFixed(2)}`);
  await espeak.dispose?.();
  return { engineRtf, directRtf };
}

if (import.meta.url === `file://${process.argv[1]}`) await runEspeakRealTimeFactor();
