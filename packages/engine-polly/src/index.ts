export { DEPENDENCIES } from './aws-sdk-module';
export type { PollyCapabilities } from './polly-capabilities';
export type { PollyCredentials } from './polly-credentials';
export {
  createPollyEngine,
  type PollyEngineProvider,
  type PollyVoiceName,
  type PollyVoiceOptions,
  polly,
} from './polly-engine';
export type { PollyEngineModel } from './polly-engine-model';
export type { PollyEngineOptions } from './polly-engine-options';
export type { PollyEngineSettings } from './polly-engine-settings';
export { POLLY_ENGINE_TYPES, type PollyEngineType } from './polly-engine-type';
export type { PollyVoice, PollyVoicesOptions } from './polly-voices';
export { VERSION } from './version';
