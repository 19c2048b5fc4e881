// npm run bench: every benchmark, each reported as a ratio to a baseline
// measured in the same process. The machine is noisy: compare ratios.

import { runFsCacheHitLatency } from './cache-fs-hit-latency.mjs';
import { runCacheHitLatency } from './cache-hit-latency.mjs';
import { runKeyvCacheHitLatency } from './cache-keyv-hit-latency.mjs';
import { runS3CacheHitLatency } from './cache-s3-hit-latency.mjs';
import { runEspeakRealTimeFactor } from './espeak-real-time-factor.mjs';
import { runLongTextStreaming } from './long-text-streaming.mjs';
import { runPipelineOverhead } from './pipeline-overhead.mjs';
import { runSsmlPipeline } from './ssml-pipeline.mjs';

console.log(`# ttskit benchmarks (node ${process.version}, ${new Date().toISOString()})`);
await runPipelineOverhead();
await runEspeakRealTimeFactor();
await runCacheHitLatency();
await runSsmlPipeline();
await runLongTextStreaming();
await runFsCacheHitLatency();
await runKeyvCacheHitLatency();
await runS3CacheHitLatency();
