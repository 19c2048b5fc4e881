export { AbortError } from './abort-error';
export { CacheError } from './cache-error';
export { EngineCallError, isRetryableStatusCode } from './engine-call-error';
export { InvalidArgumentError } from './invalid-argument-error';
export { LoadApiKeyError } from './load-api-key-error';
export { NoAudioGeneratedError } from './no-audio-generated-error';
export { TtsError } from './tts-error';
export { UnsupportedEngineVersionError } from './unsupported-engine-version-error';
export { UnsupportedFeatureError } from './unsupported-feature-error';
