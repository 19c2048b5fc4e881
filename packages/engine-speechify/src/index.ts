export {
  createSpeechifyEngine,
  type SpeechifyEngineProvider,
  speechify,
} from './speechify-engine';
export type {
  SpeechifyEmotion,
  SpeechifyEngineOptions,
  SpeechifyModel,
} from './speechify-engine-options';
export type {
  SpeechifyEngineSettings,
  SpeechifyVoiceId,
} from './speechify-engine-settings';
export type { SpeechifyVoice } from './speechify-voices';
export { VERSION } from './version';
