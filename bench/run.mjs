// npm run bench: every benchmark, each reported as a ratio to a baseline
// measured in the same process. The machine is noisy: compare ratios.

import { runOnnxEngineOverhead } from '../packages/engine-onnx/bench/engine-overhead.mjs';
import { runFsCacheHitLatency } from './cache-fs-hit-latency.mjs';
import { runCacheHitLatency } from './cache-hit-latency.mjs';
import { runKeyvCacheHitLatency } from './cache-keyv-hit-latency.mjs';
import { runS3CacheHitLatency } from './cache-s3-hit-latency.mjs';
import { runChunkingThroughput } from './chunking-throughput.mjs';
import { runAzureOverhead } from './engine-azure-overhead.mjs';
import { runGoogleOverhead } from './engine-google-overhead.mjs';
import { runPollyOverhead } from './engine-polly-overhead.mjs';
import { runSpeechifyOverhead } from './engine-speechify-overhead.mjs';
import { runEspeakRealTimeFactor } from './espeak-real-time-factor.mjs';
import { runLongTextStreaming } from './long-text-streaming.mjs';
import { runPipelineOverhead } from './pipeline-overhead.mjs';
import { runServerThroughput } from './server-throughput.mjs';
import { runSsmlPipeline } from './ssml-pipeline.mjs';

console.log(`# ttskit benchmarks (node ${process.version}, ${new Date().toISOString()})`);
await runPipelineOverhead();
await runEspeakRealTimeFactor();
await runCacheHitLatency();
await runSsmlPipeline();
await runLongTextStreaming();
await runChunkingThroughput();
await runGoogleOverhead();
await runAzureOverhead();
await runPollyOverhead();
await runSpeechifyOverhead();
await runOnnxEngineOverhead();
await runFsCacheHitLatency();
await runKeyvCacheHitLatency();
await runS3CacheHitLatency();
await runServerThroughput();
