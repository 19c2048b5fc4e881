export { SsmlParseError } from '@ttskit/ssml';
export {
  bytesToPcm,
  type ConvertedAudio,
  concatenatePcm,
  convertAudio,
  type DecodedWav,
  decodeWav,
  encodeMp3,
  encodeWav,
  MP3_SAMPLE_RATES,
  type Mp3FrameHeader,
  type Mp3StreamInfo,
  measurePcm,
  nearestMp3SampleRate,
  type OggOpusInfo,
  type PcmLevels,
  type PcmPart,
  PcmStreamReader,
  parseMp3Frames,
  parseOggOpus,
  pcmToBytes,
  readMp3FrameHeader,
  resamplePcm,
  WAV_HEADER_BYTES,
} from './audio/index';
export type { CircuitBreakerSettings, CircuitState } from './cache/circuit-breaker';
export {
  createMemoryCache,
  type MemoryCache,
  type MemoryCacheOptions,
} from './cache/memory-cache';
export type { SynthesisProgress } from './pipeline/call-engine';
export type { EngineInput } from './pipeline/engine-slot';
export type { PrecompilationOptions } from './pipeline/precompiled-inputs';
export { computeRequestKey } from './pipeline/request-key';
export type { RetrySettings } from './pipeline/retry-with-backoff';
export type { StitchSettings } from './pipeline/stitch-settings';
export type {
  SynthesisEvent,
  SynthesisEventListener,
  SynthesisEventOf,
  SynthesisEventType,
} from './pipeline/synthesis-events';
export type {
  AudioChunk,
  InputLimits,
  MarkTiming,
  OutputFormat,
  SynthesisRequest,
  SynthesisResult,
  WordTiming,
} from './pipeline/synthesis-request';
export type { SynthesisStream, SynthesisStreamPart } from './pipeline/synthesis-stream';
export {
  createSynthesizer,
  type Synthesizer,
  type SynthesizerOptions,
  type SynthesizerStats,
} from './pipeline/synthesizer';
export type { TextStreamOptions, TextSynthesisStream } from './pipeline/text-stream';
export {
  AbortError,
  CacheError,
  EngineCallError,
  InvalidArgumentError,
  isRetryableStatusCode,
  LoadApiKeyError,
  NoAudioGeneratedError,
  TtsError,
  UnsupportedEngineVersionError,
  UnsupportedFeatureError,
} from './spec/errors/index';
export type * from './spec/v1/index';
export { loadApiKey } from './util/load-api-key';
export { parseRetryAfter } from './util/retry-after';
export { VERSION } from './version';
