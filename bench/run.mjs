// npm run bench: every benchmark, each reported as a ratio to a baseline
// measured in the same process. The machine is noisy: compare ratios.
import { runCacheHitLatency } from './cache-hit-latency.mjs';
import { runEspeakRealTimeFactor } from './espeak-real-time-factor.mjs';
import { runPipelineOverhead } from './pipeline-overhead.mjs';

console.log(`# ttskit benchmarks (node ${process.version}, ${new Date().toISOString()})`);
await runPipelineOverhead();
await runEspeakRealTimeFactor();
await runCacheHitLatency();
