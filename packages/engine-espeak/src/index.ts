export {
  createEspeakEngine,
  type EspeakEngineProvider,
  type EspeakEngineSettings,
  type EspeakPhonemizeOptions,
  espeak,
} from './espeak-engine';
export type { EspeakEngineOptions } from './espeak-engine-options';
export type { EspeakVoiceId } from './espeak-voices';
export { VERSION } from './version';
