export {
  createGoogleEngine,
  type GoogleEngineProvider,
  type GoogleVoiceId,
  google,
} from './google-engine';
export type { GoogleEngineModel } from './google-engine-model';
export type { GoogleEngineOptions } from './google-engine-options';
export type {
  AccessTokenSource,
  FetchFunction,
  GoogleEngineSettings,
} from './google-engine-settings';
export type { GoogleVoiceFamily } from './google-voice-family';
export type { GoogleVoice, GoogleVoicesOptions } from './google-voices';
export { VERSION } from './version';
