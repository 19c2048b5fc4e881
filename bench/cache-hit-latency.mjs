// (c) Latency of a synthesize() served from the in-memory cache, against the
// same request synthesized by eSpeak (a miss) and a raw Map lookup of the
// same bytes, in the same process.
import { createSynthesizer } from '@ttskit/core';
import { espeak } from '@ttskit/engine-espeak';
import { formatMs, percentile } from './stats.mjs';

export async function runCacheHitLatency({ hits = 2_000, misses = 30 } = {}) {
  const tts = createSynthesizer({ engine: espeak('en-us') });
  const request = {
    ssml: '<speak>The quick brown fox <break time="200ms"/> jumps over the lazy dog.</speak>',
  };
  await tts.synthesize({ text: 'Warm up the engine.' });

  const missTimes = [];
  for (let index = 0; index < misses; index++) {
    const startedAt = performance.now();
    await tts.synthesize({ ...request, cache: false });
    missTimes.push(performance.now() - startedAt);
  }
  const first = await tts.synthesize(request);
  const map = new Map([[first.key, first.audio]]);
  const hitTimes = [];
  const mapTimes = [];
  for (let index = 0; index < hits; index++) {
    let startedAt = performance.now();
    const result = await tts.synthesize(request);
    hitTimes.push(performance.now() - startedAt);
    if (!result.cached) throw new Error('expected a cache hit');
    startedAt = performance.now();
    map.get(first.key).slice();
    mapTimes.push(performance.now() - startedAt);
  }
  const row = (name, times) => ({
    run: name,
    p50: formatMs(percentile(times, 0.5)),
    p99: formatMs(percentile(times, 0.99)),
  });
  console.log(
    `\n## (c) Cache-hit synthesize latency (${hits} hits, ${misses} misses, ${first.audio.byteLength} bytes of WAV)`,
  );
  console.table([
    row('Map.get + copy of the same bytes (floor)', mapTimes),
    row('synthesize(), cache hit', hitTimes),
    row('synthesize(), eSpeak miss (baseline)', missTimes),
  ]);
  const hitP50 = percentile(hitTimes, 0.5);
  console.log(
    `hit / miss p50 ratio: ${(hitP50 / percentile(missTimes, 0.5)).toFixed(4)}; hit / Map floor p50 ratio: ${(hitP50 / percentile(mapTimes, 0.5)).toFixed(1)}`,
  );
  await tts.dispose();
  await espeak.dispose?.();
}

if (import.meta.url === `file://${process.argv[1]}`) await runCacheHitLatency();
